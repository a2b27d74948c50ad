package org.strategytracker.query.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.ReadFrom;

/** A KPI's time series, so that the strategy office can see how it moves and what was corrected. */
@RestController
@Tag(name = "Kennzahlen", description = "Zeitreihen der Kennzahlen")
class KpiSeriesController {

  private final KpiSeriesQueries queries;

  KpiSeriesController(KpiSeriesQueries queries) {
    this.queries = queries;
  }

  @GetMapping(
      path = "/api/v1/measures/{id}/kpis/{kid}/series",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ReadFrom(KpiSeriesProjection.NAME)
  @Operation(
      summary = "Zeitreihe einer Kennzahl: korrigiert, wie zuerst erfasst, und alle Korrekturen")
  KpiSeries series(@PathVariable String id, @PathVariable String kid) {
    return queries
        .series(id, kid)
        .orElseThrow(
            () ->
                RuleViolation.notFound(
                    "kid",
                    "unknown-kpi",
                    "Die Maßnahme " + id + " hat keine Kennzahl " + kid + "."));
  }
}
