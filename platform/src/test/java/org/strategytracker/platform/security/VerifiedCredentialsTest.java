package org.strategytracker.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  final InMemorySignInThrottleTest.HandClock clock = new InMemorySignInThrottleTest.HandClock();

  @Test
  void remembersAVerifiedCredentialForItsLifetimeOnly() {
    VerifiedCredentials verified = new VerifiedCredentials(10, Duration.ofMinutes(5), clock);
    verified.remember("rat", "rat-demo", "{bcrypt}hash");
    assertThat(verified.contains("rat", "rat-demo", "{bcrypt}hash")).isTrue();
    assertThat(verified.contains("rat", "rat-demo!", "{bcrypt}hash")).isFalse();
    assertThat(verified.contains("rat", "rat-demo", "{bcrypt}new-hash"))
        .as("a changed account")
        .isFalse();
    assertThat(verified.contains("ratr", "at-demo", "{bcrypt}hash"))
        .as("user name and password are kept apart")
        .isFalse();
    clock.advance(Duration.ofMinutes(5));
    assertThat(verified.contains("rat", "rat-demo", "{bcrypt}hash")).isFalse();
  }

  @Test
  void keepsAtMostItsCapacity() {
    VerifiedCredentials verified = new VerifiedCredentials(2, Duration.ofMinutes(5), clock);
    verified.remember("a", "1", "h");
    verified.remember("b", "2", "h");
    verified.remember("c", "3", "h");
    assertThat(verified.size()).isEqualTo(2);
    assertThat(verified.contains("a", "1", "h")).isFalse();
  }
}
