package org.strategytracker.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.FieldError;
import org.strategytracker.platform.web.Problems;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.ReadFrom;

/**
 * The audit history: who changed what, when and why, per measure and across all measures. The actor
 * id is shown only to roles that may see actors (see {@link IdentityVisibility}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Historie", description = "Wer hat was wann und warum geändert")
class HistoryController {

  private static final String UNIT = "Einheit des Handelnden, einschließlich Untereinheiten";
  private static final String ACTOR =
      "Pseudonyme Kennung des Handelnden (nur für Bearbeitende, Strategiebüro und Prüfung)";
  private static final String TYPE = "Ereignistyp, z. B. PriorityAssigned";
  private static final String FROM = "Ab (einschließlich), Datum oder Zeitpunkt";
  private static final String TO = "Bis (ausschließlich), Datum oder Zeitpunkt";

  private final HistoryQueries queries;
  private final CityToday today;

  HistoryController(HistoryQueries queries, CityToday today) {
    this.queries = queries;
    this.today = today;
  }

  @GetMapping("/measures/{id}/history")
  @ReadFrom(HistoryProjection.NAME)
  @Operation(summary = "Änderungshistorie einer Maßnahme, neueste zuerst")
  HistoryPage ofMeasure(
      @PathVariable String id,
      @Parameter(description = UNIT) @RequestParam(required = false) String unit,
      @Parameter(description = ACTOR) @RequestParam(required = false) String actor,
      @Parameter(description = TYPE) @RequestParam(required = false) String type,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    requireMayFilterByActor(actor);
    HistoryQuery query =
        HistoryQuery.parse(id, unit, actor, type, from, to, page, size, today.zone());
    if (!queries.knowsMeasure(id)) {
      throw RuleViolation.notFound("id", "unknown-measure", "Diese Maßnahme gibt es nicht: " + id);
    }
    return IdentityVisibility.apply(queries.find(query));
  }

  @GetMapping("/history")
  @ReadFrom(HistoryProjection.NAME)
  @Operation(summary = "Änderungshistorie aller Maßnahmen, neueste zuerst")
  HistoryPage ofAll(
      @Parameter(description = "Nur diese Maßnahme") @RequestParam(required = false) String measure,
      @Parameter(description = UNIT) @RequestParam(required = false) String unit,
      @Parameter(description = ACTOR) @RequestParam(required = false) String actor,
      @Parameter(description = TYPE) @RequestParam(required = false) String type,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    requireMayFilterByActor(actor);
    return IdentityVisibility.apply(
        queries.find(
            HistoryQuery.parse(measure, unit, actor, type, from, to, page, size, today.zone())));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> actorsHidden(AccessDeniedException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.FORBIDDEN,
            "forbidden",
            "Keine Berechtigung",
            List.of(
                new FieldError(
                    "actor",
                    "forbidden",
                    "Nach Handelnden filtern dürfen nur Bearbeitende,"
                        + " das Strategiebüro und die Prüfung."))));
  }

  /** Filtering by actor would reveal actors, so it needs a role that may see them. */
  private static void requireMayFilterByActor(String actor) {
    if (actor != null && !IdentityVisibility.actorsVisible()) {
      throw new AccessDeniedException("actor filter needs a role that may see actors");
    }
  }
}
