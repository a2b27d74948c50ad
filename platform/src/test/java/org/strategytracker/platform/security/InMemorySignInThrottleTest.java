package org.strategytracker.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemorySignInThrottleTest {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-01-01T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final HandClock clock = new HandClock();

  InMemorySignInThrottle throttle(int perAccount, int perAddress, int remembered) {
    return new InMemorySignInThrottle(
        new SignInProperties(
            perAccount,
            perAddress,
            Duration.ofSeconds(1),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            remembered,
            null,
            null),
        clock);
  }

  @Test
  void locksAnAccountAfterTheThresholdAndDoublesTheLockUpToTheLongest() {
    InMemorySignInThrottle throttle = throttle(5, 1000, 100);
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.failed("fb61", "10.0.0.1")).isZero();
    }
    assertThat(throttle.lockFor("fb61", "10.0.0.1")).isEmpty();
    assertThat(throttle.failed("fb61", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.lockFor("fb61", "10.0.0.2"))
        .contains(new SignInThrottle.Lock(SignInThrottle.Scope.ACCOUNT, Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.lockFor("fb61", "10.0.0.1")).isEmpty();
    assertThat(throttle.failed("fb61", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(throttle.failed("fb61", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    for (int i = 0; i < 40; i++) {
      throttle.failed("fb61", "10.0.0.1");
    }
    assertThat(throttle.failed("fb61", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aSuccessStartsTheAccountsCountAgain() {
    InMemorySignInThrottle throttle = throttle(3, 1000, 100);
    throttle.failed("fb45", "10.0.0.1");
    throttle.failed("fb45", "10.0.0.1");
    throttle.succeeded("fb45");
    throttle.failed("fb45", "10.0.0.1");
    throttle.failed("fb45", "10.0.0.1");
    assertThat(throttle.lockFor("fb45", "10.0.0.1")).isEmpty();
  }

  @Test
  void locksAnAddressAcrossAccountsAtItsOwnThreshold() {
    InMemorySignInThrottle throttle = throttle(5, 3, 100);
    throttle.failed("a", "10.0.0.9");
    throttle.failed("b", "10.0.0.9");
    throttle.failed("c", "10.0.0.9");
    assertThat(throttle.lockFor("strategie", "10.0.0.9"))
        .hasValueSatisfying(
            lock -> assertThat(lock.scope()).isEqualTo(SignInThrottle.Scope.ADDRESS));
    assertThat(throttle.lockFor("strategie", "10.0.0.8")).isEmpty();
  }

  @Test
  void forgetsIdleCountsAndKeepsOnlyTheMostRecentlyUsed() {
    InMemorySignInThrottle throttle = throttle(2, 1000, 2);
    throttle.failed("old", "10.0.0.1");
    clock.advance(Duration.ofHours(2));
    throttle.failed("old", "10.0.0.1");
    assertThat(throttle.lockFor("old", "10.0.0.1")).as("the first failure is forgotten").isEmpty();

    throttle.failed("x", "10.0.0.1");
    throttle.failed("y", "10.0.0.1");
    throttle.failed("old", "10.0.0.1");
    assertThat(throttle.lockFor("old", "10.0.0.1"))
        .as("only two accounts are remembered, and 'old' was pushed out")
        .isEmpty();
  }
}
