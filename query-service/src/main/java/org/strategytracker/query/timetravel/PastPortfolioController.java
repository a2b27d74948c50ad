package org.strategytracker.query.timetravel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.ListParameters;
import org.strategytracker.query.dashboard.Dashboard;
import org.strategytracker.query.dashboard.DashboardQueries;
import org.strategytracker.query.kpi.KpiSeries;
import org.strategytracker.query.portfolio.MeasureListQuery;
import org.strategytracker.query.portfolio.ProgressBand;
import org.strategytracker.query.projection.CityToday;

/**
 * The live read endpoints as of a date and as known at a moment. These mappings answer only when
 * {@code asOf} or {@code knownAt} is given; without them the live projections answer as before.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Zeitreise",
    description = "Stand zu einem Stichtag, wie er zu einem Zeitpunkt bekannt war")
class PastPortfolioController {

  static final int MAX_SIZE = 1000;
  private static final String AS_OF =
      "Stichtag (ISO-Datum); Stand am Ende dieses Tages (Europe/Berlin). Standard: heute";
  private static final String KNOWN_AT =
      "Wissensstand (ISO-Zeitpunkt oder Datum = Ende des Tages). Standard: jetzt";
  private static final String POSITION =
      "Höchstens bis zu dieser Ereignisposition (aus basis.position einer früheren Antwort)";

  private final AsOfQueries queries;
  private final TimeParameters time;
  private final PastKpiSeries kpiSeries;
  private final CityToday today;

  PastPortfolioController(
      AsOfQueries queries, TimeParameters time, PastKpiSeries kpiSeries, CityToday today) {
    this.queries = queries;
    this.time = time;
    this.kpiSeries = kpiSeries;
    this.today = today;
  }

  @GetMapping(path = "/measures", params = "asOf")
  @Operation(summary = "Maßnahmen zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastMeasurePage list(
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer priority,
      @RequestParam(required = false) String fieldOfAction,
      @RequestParam(required = false) String leadUnit,
      @RequestParam(required = false) String health,
      @Parameter(description = ProgressBand.DESCRIPTION) @RequestParam(required = false)
          String progress,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      @Parameter(description = "Seitengröße, 1 bis 1000 (Standard 50)")
          @RequestParam(required = false)
          Integer size) {
    MeasureListQuery query =
        MeasureListQuery.parse(
            status, priority, fieldOfAction, leadUnit, health, progress, text, sort, page, null);
    int pageSize = ListParameters.size(size, 50, MAX_SIZE);
    Basis basis = time.basis(asOf, knownAt, position);
    List<MeasureState> selected = PastMeasures.select(queries.measures(basis), query);
    List<MeasureState> items =
        selected.stream().skip((long) query.page() * pageSize).limit(pageSize).toList();
    return new PastMeasurePage(
        basis,
        items.stream().map(PastMeasures::summary).toList(),
        query.page(),
        pageSize,
        selected.size());
  }

  @GetMapping(
      path = "/measures",
      params = {"knownAt", "!asOf"})
  @Operation(summary = "Maßnahmen heute, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastMeasurePage listKnownAt(
      @RequestParam String knownAt,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer priority,
      @RequestParam(required = false) String fieldOfAction,
      @RequestParam(required = false) String leadUnit,
      @RequestParam(required = false) String health,
      @RequestParam(required = false) String progress,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return list(
        null,
        knownAt,
        position,
        status,
        priority,
        fieldOfAction,
        leadUnit,
        health,
        progress,
        text,
        sort,
        page,
        size);
  }

  @GetMapping(path = "/measures/{id}", params = "asOf")
  @Operation(
      summary = "Eine Maßnahme zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<MeasureState> detail(
      @PathVariable String id,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position) {
    Basis basis = time.basis(asOf, knownAt, position);
    return new PastAnswer<>(basis, queries.measure(basis, id).orElseThrow(() -> unknownThen(id)));
  }

  @GetMapping(
      path = "/measures/{id}",
      params = {"knownAt", "!asOf"})
  @Operation(summary = "Eine Maßnahme heute, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<MeasureState> detailKnownAt(
      @PathVariable String id,
      @RequestParam String knownAt,
      @RequestParam(required = false) String position) {
    return detail(id, null, knownAt, position);
  }

  @GetMapping(path = "/dashboard", params = "asOf")
  @Operation(summary = "Übersicht zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<Dashboard> dashboard(
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position,
      @RequestParam(required = false) Integer staleDays) {
    int days = DashboardQueries.staleDays(staleDays);
    Basis basis = time.basis(asOf, knownAt, position);
    return new PastAnswer<>(
        basis, PastDashboards.of(queries.measures(basis), basis.asOf(), today.zone(), days));
  }

  @GetMapping(
      path = "/dashboard",
      params = {"knownAt", "!asOf"})
  @Operation(summary = "Übersicht heute, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<Dashboard> dashboardKnownAt(
      @RequestParam String knownAt,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) Integer staleDays) {
    return dashboard(null, knownAt, position, staleDays);
  }

  @GetMapping(path = "/measures/{id}/kpis/{kid}/series", params = "asOf")
  @Operation(
      summary =
          "Zeitreihe einer Kennzahl zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<KpiSeries> series(
      @PathVariable String id,
      @PathVariable String kid,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position) {
    Basis basis = time.basis(asOf, knownAt, position);
    return new PastAnswer<>(
        basis,
        kpiSeries
            .series(basis, id, kid)
            .orElseThrow(
                () ->
                    RuleViolation.notFound(
                        "kid",
                        "unknown-kpi",
                        "Die Maßnahme "
                            + id
                            + " hatte zu diesem Stand keine Kennzahl "
                            + kid
                            + ".")));
  }

  @GetMapping(
      path = "/measures/{id}/kpis/{kid}/series",
      params = {"knownAt", "!asOf"})
  @Operation(summary = "Zeitreihe einer Kennzahl, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<KpiSeries> seriesKnownAt(
      @PathVariable String id,
      @PathVariable String kid,
      @RequestParam String knownAt,
      @RequestParam(required = false) String position) {
    return series(id, kid, null, knownAt, position);
  }

  static RuleViolation unknownThen(String id) {
    return RuleViolation.notFound(
        "id", "unknown-measure", "Diese Maßnahme gab es zu diesem Stand nicht: " + id);
  }
}
