package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.strategytracker.platform.web.FieldError;
import org.strategytracker.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from filters, where no controller advice reaches. */
final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  static void write(
      HttpServletResponse response,
      HttpStatus status,
      String rule,
      String title,
      String field,
      String message)
      throws IOException {
    write(
        response,
        Problems.problem(status, rule, title, List.of(new FieldError(field, rule, message))));
  }

  static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
