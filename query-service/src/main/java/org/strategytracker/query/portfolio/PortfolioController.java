package org.strategytracker.query.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.FieldError;
import org.strategytracker.platform.web.Problems;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.ReadFrom;

/** The portfolio as the strategy office and the departments read it. */
@RestController
@RequestMapping(path = "/api/v1/measures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Portfolio", description = "Wo jede Maßnahme steht")
class PortfolioController {

  static final String MIN_VERSION_HEADER = "X-Min-Version";

  private final PortfolioQueries queries;
  private final ReadYourWrites readYourWrites;

  PortfolioController(PortfolioQueries queries, ReadYourWrites readYourWrites) {
    this.queries = queries;
    this.readYourWrites = readYourWrites;
  }

  @GetMapping
  @ReadFrom(PortfolioProjection.NAME)
  @Operation(summary = "Maßnahmen auflisten, filtern, sortieren und seitenweise lesen")
  MeasurePage list(
      @Parameter(
              description =
                  "PLANNED (Geplant), IN_PROGRESS (In Umsetzung), ON_HOLD (Pausiert), COMPLETED (Abgeschlossen) oder CANCELLED (Abgebrochen)")
          @RequestParam(required = false)
          String status,
      @Parameter(description = "1, 2 oder 3") @RequestParam(required = false) Integer priority,
      @Parameter(description = "Arbeitsfeld") @RequestParam(required = false) String fieldOfAction,
      @Parameter(description = "Federführender Fachbereich, einschließlich Untereinheiten")
          @RequestParam(required = false)
          String leadUnit,
      @Parameter(
              description =
                  "Ampel: GREEN (Grün, im Plan), AMBER (Gelb, gefährdet) oder RED (Rot, kritisch)")
          @RequestParam(required = false)
          String health,
      @Parameter(description = ProgressBand.DESCRIPTION) @RequestParam(required = false)
          String progress,
      @Parameter(description = "Suche in Titel, Beschreibung und Arbeitsfeld")
          @RequestParam(required = false)
          String text,
      @Parameter(
              description =
                  "title, priority, status, lastUpdate, fieldOfAction, leadUnit; mit - absteigend")
          @RequestParam(required = false)
          String sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return queries.list(
        MeasureListQuery.parse(
            status, priority, fieldOfAction, leadUnit, health, progress, text, sort, page, size));
  }

  @GetMapping("/{id}")
  @ReadFrom(PortfolioProjection.NAME)
  @Operation(
      summary = "Eine Maßnahme mit Meilensteinen und Kennzahlen lesen (ETag = Version)",
      description =
          "Mit minVersion oder X-Min-Version wartet die Antwort kurz, bis diese Version gelesen werden kann;"
              + " sonst 503 mit Retry-After.")
  ResponseEntity<MeasureDetail> detail(
      @PathVariable String id,
      @Parameter(description = "Mindestens diese Version lesen (aus dem ETag der Befehls-API)")
          @RequestParam(required = false)
          Long minVersion,
      @RequestHeader(name = MIN_VERSION_HEADER, required = false) Long minVersionHeader) {
    long wanted =
        Math.max(
            minVersion == null ? 0 : minVersion, minVersionHeader == null ? 0 : minVersionHeader);
    if (wanted > 0) {
      long available = readYourWrites.awaitVersion(id, wanted);
      if (available < wanted) {
        throw new VersionNotYetProjected(wanted, available);
      }
    }
    MeasureDetail detail = queries.detail(id).orElseThrow(() -> unknown(id));
    return ResponseEntity.ok().eTag("\"" + detail.version() + "\"").body(detail);
  }

  @ExceptionHandler(VersionNotYetProjected.class)
  ResponseEntity<ProblemDetail> notYet(VersionNotYetProjected e) {
    ProblemDetail problem =
        Problems.problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "version-not-yet-readable",
            "Noch nicht lesbar",
            List.of(new FieldError("minVersion", "version-not-yet-readable", e.getMessage())));
    problem.setProperty("requestedVersion", e.requested());
    problem.setProperty("availableVersion", e.available());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(readYourWrites.retryAfter().toSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  static RuleViolation unknown(String id) {
    return RuleViolation.notFound("id", "unknown-measure", "Diese Maßnahme gibt es nicht: " + id);
  }
}
