package org.strategytracker.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Password sign-in of the default run, HTTP Basic and the sign-in form: both check passwords with
 * {@link PasswordSignIn} only (no second provider that would check a refused password again), and
 * {@link SignInLockFilter} turns away attempts on a locked account or from a locked address before
 * either looks at the password. The sign-in form needs a CSRF token like every other form ({@link
 * SignInPageCsrfToken} hands it to the sign-in page).
 */
final class PasswordLogin {

  static final String LOGIN_URL = "/login";

  private final PasswordSignIn signIn;
  private final SignInThrottle throttle;
  private final MeterRegistry meters;

  PasswordLogin(PasswordSignIn signIn, SignInThrottle throttle, MeterRegistry meters) {
    this.signIn = signIn;
    this.throttle = throttle;
    this.meters = meters;
  }

  void configure(HttpSecurity http) {
    http.authenticationManager(new ProviderManager(signIn));
    http.addFilterBefore(
        new SignInLockFilter(throttle, LOGIN_URL, meters),
        UsernamePasswordAuthenticationFilter.class);
    http.addFilterAfter(new SignInPageCsrfToken(), CsrfFilter.class);
  }
}
