package org.strategytracker.platform.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses to start the production profile with demo accounts or with an account whose password is
 * one of the published demo passwords.
 */
final class ProductionSafety {

  private ProductionSafety() {}

  static void check(
      Environment environment, TrackerSecurityProperties properties, PasswordEncoder encoder) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (properties.demoAccounts()) {
      throw new IllegalStateException(
          "Produktion mit Demo-Konten: tracker.security.demo-accounts muss false sein.");
    }
    for (TrackerSecurityProperties.Account account : properties.accounts()) {
      for (TrackerSecurityProperties.Account demo : DemoAccounts.ALL) {
        if (account.password() != null
            && encoder.matches(DemoAccounts.password(demo.username()), account.password())) {
          throw new IllegalStateException(
              "Produktion mit Standardpasswort für Konto "
                  + account.username()
                  + ": bitte ein eigenes Passwort setzen.");
        }
      }
    }
  }
}
