package org.strategytracker.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a local account's password, for HTTP Basic and the sign-in form alike: a credential that
 * recently passed is taken from {@link VerifiedCredentials}; every failure is counted by the {@link
 * SignInThrottle} (which {@link SignInLockFilter} consults before this runs), logged without the
 * password and counted in the metric {@code tracker.security.signin.failures}; a success starts the
 * account's count again.
 */
final class PasswordSignIn implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

  private final LocalAccounts accounts;
  private final PasswordEncoder encoder;
  private final SignInThrottle throttle;
  private final VerifiedCredentials verified;
  private final Counter failures;
  private final Counter hashChecks;
  private final String unknownUserHash;

  PasswordSignIn(
      LocalAccounts accounts,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      VerifiedCredentials verified,
      MeterRegistry meters) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.throttle = throttle;
    this.verified = verified;
    this.failures =
        Counter.builder("tracker.security.signin.failures")
            .description("Failed password sign-ins (HTTP Basic and the sign-in form)")
            .register(meters);
    this.hashChecks =
        Counter.builder("tracker.security.signin.hash-checks")
            .description("Password hash checks; a recently verified credential needs none")
            .register(meters);
    this.unknownUserHash = encoder.encode("no such account");
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    LocalAccount account;
    try {
      account = (LocalAccount) accounts.loadUserByUsername(username);
    } catch (UsernameNotFoundException unknown) {
      encoder.matches(password, unknownUserHash); // as slow as a known account's wrong password
      throw failed(username, attempt);
    }
    if (!verified.contains(username, password, account.passwordHash())) {
      hashChecks.increment();
      if (!encoder.matches(password, account.passwordHash())) {
        throw failed(username, attempt);
      }
      verified.remember(username, password, account.passwordHash());
    }
    throttle.succeeded(username);
    UsernamePasswordAuthenticationToken signedIn =
        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    signedIn.setDetails(attempt.getDetails());
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private BadCredentialsException failed(String username, Authentication attempt) {
    String address = address(attempt);
    Duration lock = throttle.failed(username, address);
    failures.increment();
    if (lock.isZero()) {
      log.warn("sign-in failed for account '{}' from {}", printable(username), address);
    } else {
      log.warn(
          "sign-in failed for account '{}' from {}; the account is locked for {} s",
          printable(username),
          address,
          Math.max(1, lock.toSeconds()));
    }
    return new BadCredentialsException("Benutzername oder Passwort ist falsch.");
  }

  static String address(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unbekannt";
  }

  /** A user name as typed by anyone: no line breaks or control characters into the log. */
  static String printable(String username) {
    String shown = username.length() > 64 ? username.substring(0, 64) + "…" : username;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
