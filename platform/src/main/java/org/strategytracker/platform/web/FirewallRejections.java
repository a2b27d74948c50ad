package org.strategytracker.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers requests that Spring Security's firewall refuses (an encoded period or percent sign, a
 * semicolon, a double slash, an unknown method, a control character in a header) with a German 400
 * problem. The firewall rejects them before the security filters run, so the security headers are
 * written here.
 */
class FirewallRejections implements RequestRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    log.debug("request rejected: {}", e.getMessage());
    String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    FieldError error;
    if (reason.contains("method")) {
      error =
          new FieldError(
              "method",
              "rejected-request",
              "Die Methode " + request.getMethod() + " ist nicht erlaubt.");
    } else if (reason.contains("header") || reason.contains("parameter")) {
      error =
          new FieldError(
              "headers",
              "rejected-request",
              "Eine Kopfzeile oder ein Parameter enthält unzulässige Zeichen.");
    } else {
      error =
          new FieldError(
              "path",
              "rejected-request",
              "Die Adresse enthält unzulässige Zeichen oder Folgen (etwa kodierte Punkte,"
                  + " Prozent- oder Schrägstriche, Semikolon, doppelte Schrägstriche).");
    }
    SecurityHeaders.write(request, response);
    ProblemWriter.write(
        request,
        response,
        Problems.problem(
            HttpStatus.BAD_REQUEST, "rejected-request", "Ungültige Anfrage", List.of(error)));
  }
}
