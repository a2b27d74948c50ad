package org.strategytracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the sign-in page its CSRF token (the {@code XSRF-TOKEN} cookie the page's script sends back
 * as a header), since the sign-in form needs one and Spring Security creates the cookie only when a
 * token is first asked for.
 */
final class SignInPageCsrfToken extends OncePerRequestFilter {

  private static final Set<String> SIGN_IN_PAGE = Set.of("/anmelden", "/anmelden.html");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod()) && SIGN_IN_PAGE.contains(request.getServletPath())) {
      if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
        token.getToken();
      }
    }
    chain.doFilter(request, response);
  }
}
