package org.strategytracker.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The parts of password sign-in (local mode): throttle, verified credentials, the check. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tracker.security.mode", havingValue = "local", matchIfMissing = true)
@EnableConfigurationProperties(SignInProperties.class)
class PasswordLoginConfiguration {

  @Bean
  SignInThrottle signInThrottle(SignInProperties settings) {
    return new InMemorySignInThrottle(settings, Clock.systemUTC());
  }

  @Bean
  PasswordLogin passwordLogin(
      LocalAccounts accounts,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      SignInProperties settings,
      ObjectProvider<MeterRegistry> meters) {
    MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
    VerifiedCredentials verified =
        new VerifiedCredentials(
            settings.verifiedEntries(), settings.verifiedFor(), Clock.systemUTC());
    return new PasswordLogin(
        new PasswordSignIn(accounts, encoder, throttle, verified, registry), throttle, registry);
  }
}
