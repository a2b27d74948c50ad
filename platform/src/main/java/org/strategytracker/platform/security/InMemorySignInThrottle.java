package org.strategytracker.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted in this process: after {@code failuresPerAccount} failures in a row an
 * account is locked for {@code firstLock}, doubled with each further failure up to {@code
 * longestLock}; the same for a client address with its own, higher threshold. Both counts live in
 * bounded maps that forget the least recently used entry first and ignore entries idle for longer
 * than {@code forgetAfter}.
 */
final class InMemorySignInThrottle implements SignInThrottle {

  private final SignInProperties settings;
  private final Clock clock;
  private final Counts accounts;
  private final Counts addresses;

  InMemorySignInThrottle(SignInProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.accounts = new Counts(settings.remembered(), settings.failuresPerAccount());
    this.addresses = new Counts(settings.remembered(), settings.failuresPerAddress());
  }

  @Override
  public Optional<Lock> lockFor(String account, String address) {
    Instant now = clock.instant();
    Duration onAccount = accounts.remaining(account, now);
    if (!onAccount.isZero()) {
      return Optional.of(new Lock(Scope.ACCOUNT, onAccount));
    }
    Duration onAddress = addresses.remaining(address, now);
    return onAddress.isZero() ? Optional.empty() : Optional.of(new Lock(Scope.ADDRESS, onAddress));
  }

  @Override
  public Duration failed(String account, String address) {
    Instant now = clock.instant();
    addresses.fail(address, now);
    return accounts.fail(account, now);
  }

  @Override
  public void succeeded(String account) {
    accounts.forget(account);
  }

  private Duration lockAfter(int failures, int threshold) {
    if (failures < threshold) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - threshold, 30);
    Duration lock = settings.firstLock().multipliedBy(1L << doublings);
    return lock.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : lock;
  }

  /** One kind of count (accounts or addresses), least recently used first out. */
  private final class Counts {
    private final int threshold;
    private final Map<String, Count> entries;

    Counts(int capacity, int threshold) {
      this.threshold = threshold;
      this.entries =
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
              return size() > capacity;
            }
          };
    }

    synchronized Duration remaining(String key, Instant now) {
      Count count = current(key, now);
      if (count == null || !now.isBefore(count.lockedUntil())) {
        return Duration.ZERO;
      }
      return Duration.between(now, count.lockedUntil());
    }

    synchronized Duration fail(String key, Instant now) {
      Count before = current(key, now);
      int failures = before == null ? 1 : before.failures() + 1;
      Duration lock = lockAfter(failures, threshold);
      entries.put(key, new Count(failures, now, now.plus(lock)));
      return lock;
    }

    synchronized void forget(String key) {
      entries.remove(key);
    }

    private Count current(String key, Instant now) {
      Count count = entries.get(key);
      if (count != null && count.idleSince().plus(settings.forgetAfter()).isBefore(now)) {
        entries.remove(key);
        return null;
      }
      return count;
    }
  }

  /** Failures in a row, the last one, and until when the lock they caused lasts. */
  private record Count(int failures, Instant lastFailure, Instant lockedUntil) {
    Instant idleSince() {
      return lockedUntil.isAfter(lastFailure) ? lockedUntil : lastFailure;
    }
  }
}
