package org.strategytracker.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds problem+json answers with the list of broken rules. */
public final class Problems {

  public static final String TYPE_BASE = "https://strategy-tracker.org/problems/";

  private Problems() {}

  public static ProblemDetail problem(
      HttpStatus status, String type, String title, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    problem.setDetail(
        errors.isEmpty()
            ? title
            : errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).get());
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /**
   * The answer when the database is away: 503 with this many seconds in {@code Retry-After}, from
   * the controller advice and from filters that touch the database before any controller runs.
   */
  public static final String RETRY_AFTER_SECONDS = "5";

  public static ProblemDetail storeUnavailable() {
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "store-unavailable",
        "Vorübergehend nicht verfügbar",
        List.of(
            new FieldError(
                "database",
                "store-unavailable",
                "Die Datenbank ist gerade nicht erreichbar; nichts wurde gespeichert.")));
  }

  public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
