package org.strategytracker.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials that recently passed the password hash check, so that a script sending
 * them with every request costs one bcrypt check (about 70 ms of CPU) per few minutes, not one per
 * request. What is kept is an HMAC-SHA256, under a key drawn at random in each process, of user
 * name, password and the account's stored hash: never the password, useless outside this process,
 * and void as soon as the account's password hash changes. Only successes are kept; bounded in
 * number (least recently used out first) and in time.
 */
final class VerifiedCredentials {

  private final SecretKeySpec key;
  private final Duration lifetime;
  private final Clock clock;
  private final Map<String, Instant> verified;

  VerifiedCredentials(int capacity, Duration lifetime, Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.lifetime = lifetime;
    this.clock = clock;
    this.verified =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized boolean contains(String username, String password, String passwordHash) {
    String fingerprint = fingerprint(username, password, passwordHash);
    Instant until = verified.get(fingerprint);
    if (until == null) {
      return false;
    }
    if (!clock.instant().isBefore(until)) {
      verified.remove(fingerprint);
      return false;
    }
    return true;
  }

  synchronized void remember(String username, String password, String passwordHash) {
    if (lifetime.isZero() || lifetime.isNegative()) {
      return;
    }
    verified.put(fingerprint(username, password, passwordHash), clock.instant().plus(lifetime));
  }

  synchronized int size() {
    return verified.size();
  }

  private String fingerprint(String username, String password, String passwordHash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (String part : new String[] {username, password, passwordHash}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(
            new byte[] {
              (byte) (bytes.length >>> 24),
              (byte) (bytes.length >>> 16),
              (byte) (bytes.length >>> 8),
              (byte) bytes.length
            });
        mac.update(bytes);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
