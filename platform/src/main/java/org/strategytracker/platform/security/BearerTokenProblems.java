package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.strategytracker.platform.web.ProblemWriter;
import org.strategytracker.platform.web.StatusProblems;

/**
 * Refuses a bearer token that does not pass (forged, expired, for another issuer) with the German
 * problem every other error answer is. Spring Security's own entry point for tokens answers with an
 * empty body; its {@code WWW-Authenticate} header, which tells a client why, is kept.
 */
final class BearerTokenProblems implements AuthenticationEntryPoint {

  private final BearerTokenAuthenticationEntryPoint challenge =
      new BearerTokenAuthenticationEntryPoint();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    challenge.commence(request, response, e);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      ProblemResponses.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "invalid-token",
          "Anmeldung erforderlich",
          "Authorization",
          "Das Zugangstoken ist ungültig oder abgelaufen; bitte neu anmelden.");
    } else {
      ProblemWriter.write(request, response, StatusProblems.of(response.getStatus()));
    }
  }
}
