package org.strategytracker.query.portfolio;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a client that just got version N from the command API read at least version N: waits up to
 * {@code tracker.query.read-your-writes.wait} for the portfolio to get there, woken by the
 * projection's commits in this JVM and re-reading every {@code poll} for commits of other
 * instances.
 */
@Component
public class ReadYourWrites {

  private final PortfolioQueries queries;
  private final VersionSignal signal;
  private final Duration wait;
  private final Duration poll;

  ReadYourWrites(
      PortfolioQueries queries,
      VersionSignal signal,
      @Value("${tracker.query.read-your-writes.wait:2s}") Duration wait,
      @Value("${tracker.query.read-your-writes.poll:50ms}") Duration poll) {
    this.queries = queries;
    this.signal = signal;
    this.wait = wait;
    this.poll = poll;
  }

  /**
   * The version the portfolio holds after waiting for {@code minVersion}; lower if time ran out.
   */
  public long awaitVersion(String measureId, long minVersion) {
    long deadline = System.nanoTime() + wait.toNanos();
    long version = queries.version(measureId);
    while (version < minVersion) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return version;
      }
      try {
        signal.await(Math.min(left, poll.toNanos()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return version;
      }
      version = queries.version(measureId);
    }
    return version;
  }

  public Duration retryAfter() {
    return Duration.ofSeconds(Math.max(1, wait.toSeconds()));
  }
}
