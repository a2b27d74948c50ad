package org.strategytracker.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.query.portfolio.PortfolioProjection;
import org.strategytracker.query.projection.ReadFrom;

/** The strategy office's overview in one answer. */
@RestController
@Tag(name = "Dashboard", description = "Kennzahlen über alle Maßnahmen")
class DashboardController {

  private final DashboardQueries queries;

  DashboardController(DashboardQueries queries) {
    this.queries = queries;
  }

  @GetMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
  @ReadFrom(PortfolioProjection.NAME)
  @Operation(
      summary =
          "Übersicht: Anzahlen, überfällige Meilensteine, lange nicht aktualisierte Maßnahmen, Kennzahlen")
  Dashboard dashboard(
      @Parameter(
              description =
                  "Ab so vielen Tagen ohne Änderung gilt eine offene Maßnahme als veraltet (Standard 90)")
          @RequestParam(required = false)
          Integer staleDays) {
    return queries.figures(DashboardQueries.staleDays(staleDays));
  }
}
