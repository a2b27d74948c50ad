package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 problem+json for the two reasons a signed-in request is turned away, told apart: a missing or
 * stale CSRF token (the page was open too long, or the request came from another site) asks to
 * reload the page; anything else is a role that does not allow the action.
 */
final class AccessDenials implements AccessDeniedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    if (denied instanceof CsrfException) {
      ProblemResponses.write(
          response,
          HttpStatus.FORBIDDEN,
          "csrf",
          "Formular veraltet",
          "X-XSRF-TOKEN",
          "Das Formular ist veraltet oder Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite"
              + " neu und versuchen Sie es noch einmal.");
      return;
    }
    ProblemResponses.write(
        response,
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Keine Berechtigung",
        "role",
        "Ihre Rolle erlaubt diese Aktion nicht.");
  }
}
