package org.strategytracker.query.timetravel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.dashboard.Dashboard;
import org.strategytracker.query.kpi.KpiSeries;
import org.strategytracker.query.portfolio.MeasureListQuery;
import org.strategytracker.query.projection.CityToday;

/**
 * The live read endpoints as of a date and as known at a moment. These mappings answer only when
 * {@code asOf} or {@code knownAt} is given; without them the live projections answer as before.
 */
@RestController
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
  private final PastKpiSeries kpiSeries;
  private final CityToday today;

  PastPortfolioController(AsOfQueries queries, PastKpiSeries kpiSeries, CityToday today) {
    this.queries = queries;
    this.kpiSeries = kpiSeries;
    this.today = today;
  }

  @GetMapping(
      path = "/api/v1/measures",
      params = {"asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
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
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      @Parameter(description = "Seitengröße, 1 bis 1000 (Standard 50)")
          @RequestParam(required = false)
          Integer size) {
    MeasureListQuery query =
        MeasureListQuery.parse(
            status, priority, fieldOfAction, leadUnit, health, text, sort, page, null);
    int pageSize = size == null ? 50 : size;
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw RuleViolation.input(
          "size", "range", "Die Seitengröße muss zwischen 1 und " + MAX_SIZE + " liegen.");
    }
    Basis basis = basis(asOf, knownAt, position);
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
      path = "/api/v1/measures",
      params = {"knownAt", "!asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Maßnahmen heute, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastMeasurePage listKnownAt(
      @RequestParam String knownAt,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer priority,
      @RequestParam(required = false) String fieldOfAction,
      @RequestParam(required = false) String leadUnit,
      @RequestParam(required = false) String health,
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
        text,
        sort,
        page,
        size);
  }

  @GetMapping(
      path = "/api/v1/measures/{id}",
      params = {"asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Eine Maßnahme zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<MeasureState> detail(
      @PathVariable String id,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position) {
    Basis basis = basis(asOf, knownAt, position);
    return new PastAnswer<>(basis, queries.measure(basis, id).orElseThrow(() -> unknownThen(id)));
  }

  @GetMapping(
      path = "/api/v1/measures/{id}",
      params = {"knownAt", "!asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Eine Maßnahme heute, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<MeasureState> detailKnownAt(
      @PathVariable String id,
      @RequestParam String knownAt,
      @RequestParam(required = false) String position) {
    return detail(id, null, knownAt, position);
  }

  @GetMapping(
      path = "/api/v1/dashboard",
      params = {"asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Übersicht zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<Dashboard> dashboard(
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position,
      @RequestParam(required = false) Integer staleDays) {
    int days = staleDays == null ? 90 : staleDays;
    if (days < 1 || days > 3650) {
      throw RuleViolation.input("staleDays", "range", "staleDays muss zwischen 1 und 3650 liegen.");
    }
    Basis basis = basis(asOf, knownAt, position);
    return new PastAnswer<>(
        basis, PastDashboards.of(queries.measures(basis), basis.asOf(), today.zone(), days));
  }

  @GetMapping(
      path = "/api/v1/dashboard",
      params = {"knownAt", "!asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Übersicht heute, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<Dashboard> dashboardKnownAt(
      @RequestParam String knownAt,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) Integer staleDays) {
    return dashboard(null, knownAt, position, staleDays);
  }

  @GetMapping(
      path = "/api/v1/measures/{id}/kpis/{kid}/series",
      params = {"asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Zeitreihe einer Kennzahl zu einem Stichtag, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<KpiSeries> series(
      @PathVariable String id,
      @PathVariable String kid,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
      @Parameter(description = POSITION) @RequestParam(required = false) String position) {
    Basis basis = basis(asOf, knownAt, position);
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
      path = "/api/v1/measures/{id}/kpis/{kid}/series",
      params = {"knownAt", "!asOf"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Zeitreihe einer Kennzahl, wie zu einem Zeitpunkt bekannt (mit basis)")
  PastAnswer<KpiSeries> seriesKnownAt(
      @PathVariable String id,
      @PathVariable String kid,
      @RequestParam String knownAt,
      @RequestParam(required = false) String position) {
    return series(id, kid, null, knownAt, position);
  }

  private Basis basis(String asOf, String knownAt, String position) {
    return queries.basis(
        TimeParameters.day("asOf", asOf, today.date()),
        TimeParameters.moment("knownAt", knownAt, today.zone()),
        TimeParameters.position(position));
  }

  static RuleViolation unknownThen(String id) {
    return RuleViolation.notFound(
        "id", "unknown-measure", "Diese Maßnahme gab es zu diesem Stand nicht: " + id);
  }
}
