package org.strategytracker.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: failures that leave the servlet (an exception from a filter, a {@code sendError}
 * from the container) are answered here as problem+json instead of Spring Boot's default JSON or
 * Tomcat's HTML.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    ProblemDetail problem =
        failure instanceof Exception e
            ? ExceptionProblems.of(e, HttpStatusCode.valueOf(status))
            : StatusProblems.of(status);
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path instanceof String original) {
      problem.setInstance(ProblemWriter.instance(original));
    }
    SecurityHeaders.write(request, response);
    ProblemWriter.write(request, response, problem);
  }
}
