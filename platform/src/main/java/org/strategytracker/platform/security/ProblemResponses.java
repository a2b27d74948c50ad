package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.strategytracker.platform.web.FieldError;
import org.strategytracker.platform.web.ProblemWriter;
import org.strategytracker.platform.web.Problems;

/**
 * Writes problem+json from filters, where no controller advice reaches, through the same {@link
 * ProblemWriter} as every other error answer. Without the request at hand, the request of the
 * current thread names the {@code instance}.
 */
final class ProblemResponses {

  private ProblemResponses() {}

  static void write(
      HttpServletResponse response,
      HttpStatus status,
      String rule,
      String title,
      String field,
      String message)
      throws IOException {
    write(null, response, status, rule, title, field, message);
  }

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String rule,
      String title,
      String field,
      String message)
      throws IOException {
    write(
        request,
        response,
        Problems.problem(status, rule, title, List.of(new FieldError(field, rule, message))));
  }

  static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    write(null, response, problem);
  }

  static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    ProblemWriter.write(request, response, problem);
  }
}
