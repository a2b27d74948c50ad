package org.strategytracker.query.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.RelaxedCommits;
import org.strategytracker.query.projection.StorableText;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * One rebuild from start to end: create the next generation's tables like the live ones, let a
 * shadow processor fill them from the first event, log its progress, switch when it has caught up,
 * then drop the old generation. On failure the new tables are dropped and the live ones stay; an
 * event the handlers cannot apply is such a failure ({@link UnappliedEvent}), never skipped. A
 * rebuild whose instance died is taken over where it stopped ({@link #resume}); the instance that
 * owns a rebuild is recorded with it, and one that finds it has been taken over steps back.
 */
@Component
class RebuildRunner {

  private static final Logger log = LoggerFactory.getLogger(RebuildRunner.class);
  private static final long POLL = Duration.ofMillis(200).toNanos();

  private final JdbcClient jdbc;
  private final TokenPositions tokens;
  private final RebuildTables tables;
  private final GenerationSwitch generationSwitch;
  private final QueryNode node;
  private final EventStore eventStore;
  private final TokenStore tokenStore;
  private final TransactionManager axonTransactions;
  private final int threads;
  private final int batchSize;
  private final Duration timeout;

  RebuildRunner(
      JdbcClient jdbc,
      TokenPositions tokens,
      QueryNode node,
      PlatformTransactionManager transactions,
      EventStore eventStore,
      TokenStore tokenStore,
      TransactionManager axonTransactions,
      @Value("${tracker.query.rebuild.threads:2}") int threads,
      @Value("${tracker.query.rebuild.batch-size:500}") int batchSize,
      @Value("${tracker.query.rebuild.timeout:30m}") Duration timeout) {
    this.jdbc = jdbc;
    this.tokens = tokens;
    this.tables = new RebuildTables(jdbc);
    this.generationSwitch = new GenerationSwitch(jdbc, transactions, tokens);
    this.node = node;
    this.eventStore = eventStore;
    this.tokenStore = tokenStore;
    this.axonTransactions = axonTransactions;
    this.threads = threads;
    this.batchSize = batchSize;
    this.timeout = timeout;
  }

  long head() {
    return tokens.head();
  }

  void run(String id, ProjectionDefinition projection, int generation) {
    build(id, projection, generation, false);
  }

  /**
   * Finishes a rebuild whose instance died: cleans up if the switch had already happened; otherwise
   * continues filling the new tables from the shadow's stored position (or from the start if the
   * tables were not complete yet).
   */
  void resume(String id, ProjectionDefinition projection, int generation) {
    String shadowName = shadowName(projection, generation);
    int live = tables.live(projection);
    if (live == generation) {
      tables.drop(projection, new Tables(generation - 1), shadowName);
      finish(
          id,
          "DONE",
          "Nach einer Unterbrechung abgeschlossen: die neue Generation war live.",
          null);
      log.info("Rebuild {} of {}: generation {} was live already", id, projection.name(), live);
    } else if (live != generation - 1) {
      tables.drop(projection, new Tables(generation), shadowName);
      finish(id, "FAILED", "Überholt: inzwischen ist Generation " + live + " live.", null);
    } else {
      build(id, projection, generation, tables.complete(projection, new Tables(generation)));
    }
  }

  private void build(String id, ProjectionDefinition projection, int generation, boolean resume) {
    Tables next = new Tables(generation);
    String shadowName = shadowName(projection, generation);
    ShadowProcessor shadow = null;
    UnappliedEvent unapplied = new UnappliedEvent();
    boolean switched = false;
    try {
      if (resume) {
        tables.releaseClaims(shadowName);
      } else {
        tables.create(projection, next, shadowName);
      }
      shadow =
          new ShadowProcessor(
              shadowName,
              projection.handlers().apply(next),
              unapplied,
              eventStore,
              tokenStore,
              new RelaxedCommits(axonTransactions, jdbc),
              threads,
              batchSize);
      shadow.start();
      log.info(
          "Rebuild {} of {}: filling generation {} {}",
          id,
          projection.name(),
          generation,
          resume ? "on from where the interrupted run stopped" : "from the event store");
      int previous = catchUpAndSwitch(id, projection, next, shadowName, unapplied);
      switched = true;
      shadow.stop();
      shadow = null;
      tables.drop(projection, new Tables(previous), shadowName);
      finish(id, "DONE", null, null);
      log.info(
          "Rebuild {} of {}: generation {} is live, generation {} dropped",
          id,
          projection.name(),
          generation,
          previous);
    } catch (TakenOver e) {
      log.warn("Rebuild {} of {} was taken over by another instance", id, projection.name());
      if (shadow != null) {
        shadow.stop();
      }
    } catch (RuntimeException e) {
      log.error(
          "Rebuild {} of {} failed; the live tables stay as they were", id, projection.name(), e);
      if (shadow != null) {
        shadow.stop();
      }
      if (!switched) {
        tables.drop(projection, next, shadowName);
      }
      UnappliedEvent.Failure failure =
          unapplied.failure().orElse(new UnappliedEvent.Failure(null, null));
      finish(
          id,
          switched ? "DONE" : "FAILED",
          failure.message() != null ? failure.message() : FailureCause.ofRebuild(e),
          switched ? null : failure.position());
    }
  }

  private int catchUpAndSwitch(
      String id,
      ProjectionDefinition projection,
      Tables next,
      String shadowName,
      UnappliedEvent unapplied) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long logged = -2;
    boolean indexed = false;
    while (System.nanoTime() < deadline) {
      if (unapplied.failure().isPresent()) {
        throw new IllegalStateException(unapplied.failure().get().message());
      }
      long head = tokens.head();
      long position = tokens.lowest(shadowName).orElse(-1);
      if (jdbc.sql(
                  "UPDATE projection_rebuild SET position = ?, head = ? WHERE rebuild_id = ? AND owner = ?")
              .params(Math.max(position, 0), Math.max(head, 0), id, node.id())
              .update()
          == 0) {
        throw new TakenOver();
      }
      if (position != logged) {
        log.info(
            "Rebuild {} of {}: at event {} of {}",
            id,
            projection.name(),
            Math.max(position, 0),
            Math.max(head, 0));
        logged = position;
      }
      if (position >= head && !indexed) {
        long started = System.nanoTime();
        tables.prepareForSwitch(projection, next);
        indexed = true;
        log.info(
            "Rebuild {} of {}: indexes built in {} ms",
            id,
            projection.name(),
            (System.nanoTime() - started) / 1_000_000);
      } else if (position >= head) {
        int previous =
            generationSwitch.trySwitch(
                id, node.id(), projection, next, shadowName, Duration.ofSeconds(10));
        if (previous > 0) {
          return previous;
        }
      }
      LockSupport.parkNanos(POLL);
    }
    throw new IllegalStateException(
        "Die neuen Tabellen haben den Ereignisspeicher nicht innerhalb von "
            + timeout.toMinutes()
            + " Minuten eingeholt.");
  }

  private static String shadowName(ProjectionDefinition projection, int generation) {
    return projection.name() + "-g" + generation;
  }

  private void finish(String id, String state, String message, Long failedPosition) {
    jdbc.sql(
            "UPDATE projection_rebuild SET state = ?, finished_at = ?, message = ?,"
                + " failed_position = ? WHERE rebuild_id = ?")
        .params(state, Times.utc(Instant.now()), StorableText.of(message), failedPosition, id)
        .update();
  }

  /** Another instance owns the rebuild now: this one must not touch its tables any more. */
  static final class TakenOver extends RuntimeException {
    TakenOver() {
      super("the rebuild is owned by another instance now");
    }
  }
}
