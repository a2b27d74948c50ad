package org.strategytracker.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProductionSafetyTest {

  final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

  static MockEnvironment production() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("prod");
    return environment;
  }

  static TrackerSecurityProperties properties(
      boolean demo, List<TrackerSecurityProperties.Account> accounts) {
    return new TrackerSecurityProperties(null, null, demo, accounts, null, null, null);
  }

  TrackerSecurityProperties.Account account(String password) {
    return new TrackerSecurityProperties.Account(
        "amt61",
        encoder.encode(password),
        "u-61",
        "Amt 61",
        null,
        List.of(Role.EDITOR),
        List.of("FB 61"));
  }

  @Test
  void refusesToStartProductionWithDemoAccounts() {
    assertThatThrownBy(
            () -> ProductionSafety.check(production(), properties(true, List.of()), encoder))
        .hasMessageContaining("Demo-Konten");
  }

  @Test
  void refusesToStartProductionWithADefaultPassword() {
    assertThatThrownBy(
            () ->
                ProductionSafety.check(
                    production(), properties(false, List.of(account("fb61-demo"))), encoder))
        .hasMessageContaining("Standardpasswort");
  }

  @Test
  void startsProductionWithOwnPasswords() {
    assertThatCode(
            () ->
                ProductionSafety.check(
                    production(), properties(false, List.of(account("k8#Lq!2vR-stadt"))), encoder))
        .doesNotThrowAnyException();
  }

  @Test
  void allowsDemoAccountsOutsideProduction() {
    assertThatCode(
            () ->
                ProductionSafety.check(new MockEnvironment(), properties(true, List.of()), encoder))
        .doesNotThrowAnyException();
  }
}
