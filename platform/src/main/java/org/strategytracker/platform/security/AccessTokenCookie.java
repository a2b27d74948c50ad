package org.strategytracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's access token after signing in at the provider, kept in an HttpOnly cookie. Both
 * services behind the proxy check it against the provider's keys and map its claims like a bearer
 * token's ({@link TokenUsers}), so no session has to be shared between them. A cookie that no
 * longer holds a valid token counts as not signed in, so the public view keeps working after it
 * expires.
 *
 * <p>This is a filter of its own, not a bearer-token resolver: Spring's resource server exempts
 * every request whose token its resolver finds from CSRF protection, which is right for an
 * Authorization header and wrong for a cookie the browser sends by itself.
 */
final class AccessTokenCookie extends OncePerRequestFilter {

  static final String NAME = "TRACKER_TOKEN";

  private final JwtDecoder decoder;
  private final TokenUsers users = new TokenUsers();

  AccessTokenCookie(JwtDecoder decoder) {
    this.decoder = decoder;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = value(request);
    if (token != null && !signedIn()) {
      try {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.convert(decoder.decode(token)));
        SecurityContextHolder.setContext(context);
      } catch (JwtException expiredOrForeign) {
        // not signed in: the public view, and the page offers to sign in again
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean signedIn() {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    return current != null
        && current.isAuthenticated()
        && !(current instanceof AnonymousAuthenticationToken);
  }

  static boolean present(HttpServletRequest request) {
    return value(request) != null;
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, String token, Duration lifetime) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, token, lifetime).toString());
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
  }

  private static ResponseCookie cookie(HttpServletRequest request, String value, Duration age) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Lax")
        .path("/")
        .maxAge(age)
        .build();
  }

  private static String value(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
