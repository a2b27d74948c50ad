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
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * One rebuild from start to end: create the next generation's tables like the live ones, let a
 * shadow processor fill them from the first event, log its progress, switch when it has caught up,
 * then drop the old generation. On failure the new tables are dropped and the live ones stay.
 */
@Component
class RebuildRunner {

  private static final Logger log = LoggerFactory.getLogger(RebuildRunner.class);
  private static final long POLL = Duration.ofMillis(200).toNanos();

  private final JdbcClient jdbc;
  private final TokenPositions tokens;
  private final GenerationSwitch generationSwitch;
  private final EventStore eventStore;
  private final TokenStore tokenStore;
  private final TransactionManager axonTransactions;
  private final int threads;
  private final int batchSize;
  private final Duration timeout;

  RebuildRunner(
      JdbcClient jdbc,
      TokenPositions tokens,
      PlatformTransactionManager transactions,
      EventStore eventStore,
      TokenStore tokenStore,
      TransactionManager axonTransactions,
      @Value("${tracker.query.rebuild.threads:2}") int threads,
      @Value("${tracker.query.rebuild.batch-size:500}") int batchSize,
      @Value("${tracker.query.rebuild.timeout:30m}") Duration timeout) {
    this.jdbc = jdbc;
    this.tokens = tokens;
    this.generationSwitch = new GenerationSwitch(jdbc, transactions, tokens);
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
    Tables next = new Tables(generation);
    String shadowName = projection.name() + "-g" + generation;
    ShadowProcessor shadow = null;
    boolean switched = false;
    try {
      prepare(projection, next, shadowName);
      shadow =
          new ShadowProcessor(
              shadowName,
              projection.handlers().apply(next),
              eventStore,
              tokenStore,
              axonTransactions,
              threads,
              batchSize);
      shadow.start();
      log.info(
          "Rebuild {} of {}: filling generation {} from the event store",
          id,
          projection.name(),
          generation);
      int previous = catchUpAndSwitch(id, projection, next, shadowName);
      switched = true;
      shadow.stop();
      shadow = null;
      cleanUp(projection, new Tables(previous), shadowName);
      finish(id, "DONE", null);
      log.info(
          "Rebuild {} of {}: generation {} is live, generation {} dropped",
          id,
          projection.name(),
          generation,
          previous);
    } catch (RuntimeException e) {
      log.error(
          "Rebuild {} of {} failed; the live tables stay as they were", id, projection.name(), e);
      if (shadow != null) {
        shadow.stop();
      }
      if (!switched) {
        cleanUp(projection, next, shadowName);
      }
      finish(id, switched ? "DONE" : "FAILED", e.getMessage());
    }
  }

  private void prepare(ProjectionDefinition projection, Tables next, String shadowName) {
    int live =
        jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ?")
            .param(projection.name())
            .query(Integer.class)
            .single();
    cleanUp(projection, next, shadowName);
    for (String table : projection.tables()) {
      jdbc.sql(
              "CREATE TABLE "
                  + next.of(table)
                  + " (LIKE "
                  + new Tables(live).of(table)
                  + " INCLUDING ALL)")
          .update();
    }
  }

  private int catchUpAndSwitch(
      String id, ProjectionDefinition projection, Tables next, String shadowName) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long logged = -2;
    while (System.nanoTime() < deadline) {
      long head = tokens.head();
      long position = tokens.lowest(shadowName).orElse(-1);
      jdbc.sql("UPDATE projection_rebuild SET position = ?, head = ? WHERE rebuild_id = ?")
          .params(Math.max(position, 0), Math.max(head, 0), id)
          .update();
      if (position != logged) {
        log.info(
            "Rebuild {} of {}: at event {} of {}",
            id,
            projection.name(),
            Math.max(position, 0),
            Math.max(head, 0));
        logged = position;
      }
      if (position >= head) {
        int previous =
            generationSwitch.trySwitch(projection, next, shadowName, Duration.ofSeconds(10));
        if (previous > 0) {
          return previous;
        }
      }
      LockSupport.parkNanos(POLL);
    }
    throw new IllegalStateException("the new tables did not catch up within " + timeout);
  }

  private void cleanUp(ProjectionDefinition projection, Tables tables, String shadowName) {
    jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?").param(shadowName).update();
    for (String table : projection.tables()) {
      jdbc.sql("DROP TABLE IF EXISTS " + tables.of(table)).update();
    }
  }

  private void finish(String id, String state, String message) {
    jdbc.sql(
            "UPDATE projection_rebuild SET state = ?, finished_at = ?, message = ? WHERE rebuild_id = ?")
        .params(state, Times.utc(Instant.now()), message, id)
        .update();
  }
}
