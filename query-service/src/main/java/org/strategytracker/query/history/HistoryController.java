package org.strategytracker.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.CityToday;

/** The audit history: who changed what, when and why, per measure and across all measures. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Historie", description = "Wer hat was wann und warum geändert")
class HistoryController {

  private final HistoryQueries queries;
  private final CityToday today;

  HistoryController(HistoryQueries queries, CityToday today) {
    this.queries = queries;
    this.today = today;
  }

  @GetMapping("/measures/{id}/history")
  @Operation(summary = "Änderungshistorie einer Maßnahme, neueste zuerst")
  HistoryPage ofMeasure(@PathVariable String id,
      @Parameter(description = "Einheit des Handelnden, einschließlich Untereinheiten") @RequestParam(required = false) String unit,
      @Parameter(description = "Pseudonyme Kennung des Handelnden") @RequestParam(required = false) String actor,
      @Parameter(description = "Ereignistyp, z. B. PriorityAssigned") @RequestParam(required = false) String type,
      @Parameter(description = "Ab (einschließlich), Datum oder Zeitpunkt") @RequestParam(required = false) String from,
      @Parameter(description = "Bis (ausschließlich), Datum oder Zeitpunkt") @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    HistoryQuery query = HistoryQuery.parse(id, unit, actor, type, from, to, page, size, today.zone());
    if (!queries.knowsMeasure(id)) {
      throw RuleViolation.notFound("id", "unknown-measure", "Diese Maßnahme gibt es nicht: " + id);
    }
    return queries.find(query);
  }

  @GetMapping("/history")
  @Operation(summary = "Änderungshistorie aller Maßnahmen, neueste zuerst")
  HistoryPage ofAll(
      @Parameter(description = "Nur diese Maßnahme") @RequestParam(required = false) String measure,
      @Parameter(description = "Einheit des Handelnden, einschließlich Untereinheiten") @RequestParam(required = false) String unit,
      @Parameter(description = "Pseudonyme Kennung des Handelnden") @RequestParam(required = false) String actor,
      @Parameter(description = "Ereignistyp, z. B. PriorityAssigned") @RequestParam(required = false) String type,
      @Parameter(description = "Ab (einschließlich), Datum oder Zeitpunkt") @RequestParam(required = false) String from,
      @Parameter(description = "Bis (ausschließlich), Datum oder Zeitpunkt") @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return queries.find(HistoryQuery.parse(measure, unit, actor, type, from, to, page, size, today.zone()));
  }
}
