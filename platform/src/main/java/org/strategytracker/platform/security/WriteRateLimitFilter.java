package org.strategytracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many changing requests (POST, PUT, PATCH, DELETE) one user may send per minute, so
 * that one runaway script cannot flood the event store. A token bucket per actor; 429 with
 * Retry-After when empty.
 */
class WriteRateLimitFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  WriteRateLimitFilter(int perMinute) {
    this.perMinute = perMinute;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String who =
        TrackerUser.current()
            .map(TrackerUser::actorId)
            .orElse("anonymous:" + request.getRemoteAddr());
    if (!buckets.computeIfAbsent(who, key -> new Bucket(perMinute)).tryTake()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "60");
      ProblemResponses.write(
          request,
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "rate-limit",
          "Zu viele Änderungen",
          "request",
          "Höchstens " + perMinute + " Änderungen pro Minute und Person; bitte kurz warten.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Refills continuously at {@code capacity} tokens per minute. */
  private static final class Bucket {
    private final int capacity;
    private double tokens;
    private long refilledAt = System.nanoTime();

    Bucket(int capacity) {
      this.capacity = capacity;
      this.tokens = capacity;
    }

    synchronized boolean tryTake() {
      long now = System.nanoTime();
      tokens = Math.min(capacity, tokens + (now - refilledAt) * capacity / 60e9);
      refilledAt = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
