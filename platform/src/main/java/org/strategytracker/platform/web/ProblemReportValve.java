package org.strategytracker.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report as problem+json. Tomcat answers some requests before any servlet sees them:
 * a path with an encoded slash or NUL, a broken percent-encoding, headers beyond the size limit.
 * Its own report is an HTML page in English; this one is the German problem every other answer is,
 * with the same security headers.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    ProblemDetail problem = StatusProblems.of(status);
    try {
      response.resetBuffer();
      SecurityHeaders.write(request, response);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      String body = ProblemWriter.json(problem, request.getRequestURI());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the answer is already on its way; nothing more can be said
    }
  }
}
