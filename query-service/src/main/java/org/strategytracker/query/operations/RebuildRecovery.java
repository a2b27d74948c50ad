package org.strategytracker.query.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks for rebuilds interrupted by the death of their instance, once per heartbeat, so that a
 * rebuild started on an instance that was killed is finished by a survivor or by the next instance
 * to start, instead of standing at RUNNING forever beside half-filled tables.
 */
@Component
class RebuildRecovery implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RebuildRecovery.class);

  private final ProjectionRebuilds rebuilds;
  private final Duration interval;
  private ScheduledExecutorService scheduler;

  RebuildRecovery(
      ProjectionRebuilds rebuilds,
      @Value("${tracker.query.balancing.heartbeat:1s}") Duration interval) {
    this.rebuilds = rebuilds;
    this.interval = interval;
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "rebuild-recovery"));
    scheduler.scheduleWithFixedDelay(
        this::recoverQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  private void recoverQuietly() {
    try {
      rebuilds.resumeInterrupted();
    } catch (RuntimeException e) {
      log.warn("Looking for interrupted rebuilds failed; trying again in {}", interval, e);
    }
  }
}
