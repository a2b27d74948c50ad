package org.strategytracker.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away password sign-ins (HTTP Basic, or the sign-in form posted to {@code /login}) while
 * their account or client address is locked by the {@link SignInThrottle}: 429 problem+json with
 * {@code Retry-After}, also with the right password, so that guessing gains nothing during a lock.
 * Counted in the metric {@code tracker.security.signin.locked}.
 */
final class SignInLockFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SignInLockFilter.class);

  private final SignInThrottle throttle;
  private final String loginUrl;
  private final Counter locked;

  SignInLockFilter(SignInThrottle throttle, String loginUrl, MeterRegistry meters) {
    this.throttle = throttle;
    this.loginUrl = loginUrl;
    this.locked =
        Counter.builder("tracker.security.signin.locked")
            .description("Password sign-ins turned away while their account or address was locked")
            .register(meters);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> account = account(request);
    if (account.isPresent()) {
      Optional<SignInThrottle.Lock> lock = throttle.lockFor(account.get(), request.getRemoteAddr());
      if (lock.isPresent()) {
        refuse(response, account.get(), request.getRemoteAddr(), lock.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private void refuse(
      HttpServletResponse response, String account, String address, SignInThrottle.Lock lock)
      throws IOException {
    long seconds = Math.max(1, (lock.remaining().toMillis() + 999) / 1000);
    locked.increment();
    // the failure that started the lock was logged as a warning; a refusal per attempt during the
    // lock would let a guesser flood the log, so it is counted and logged at debug level only
    log.debug(
        "sign-in for account '{}' from {} refused: {} locked for {} s",
        PasswordSignIn.printable(account),
        address,
        lock.scope() == SignInThrottle.Scope.ACCOUNT ? "account" : "address",
        seconds);
    String who =
        lock.scope() == SignInThrottle.Scope.ACCOUNT ? "für dieses Konto" : "von Ihrer Adresse aus";
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ProblemResponses.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "sign-in-locked",
        "Anmeldung vorübergehend gesperrt",
        "username",
        "Zu viele fehlgeschlagene Anmeldungen "
            + who
            + ". Bitte in "
            + seconds
            + (seconds == 1 ? " Sekunde" : " Sekunden")
            + " erneut versuchen.");
  }

  /** The account a request tries to sign in to, if it is a password sign-in. */
  private Optional<String> account(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String credentials =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
    }
    if ("POST".equals(request.getMethod()) && loginUrl.equals(request.getServletPath())) {
      String username = request.getParameter("username");
      return Optional.of(username == null ? "" : username.trim());
    }
    return Optional.empty();
  }
}
