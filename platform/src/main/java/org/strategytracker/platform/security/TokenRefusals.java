package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 problem+json for a bearer token that was sent but is not accepted (forged, expired, for
 * another audience, without subject, or with malformed claims; see {@link TokenRules}), with the
 * {@code WWW-Authenticate} challenge RFC 6750 asks for. The reason stays in the log of Spring
 * Security, not in the answer.
 */
final class TokenRefusals implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    ProblemResponses.write(
        response,
        HttpStatus.UNAUTHORIZED,
        "invalid-token",
        "Anmeldung erforderlich",
        "Authorization",
        "Das Zugangstoken ist ungültig oder abgelaufen. Bitte neu anmelden.");
  }
}
