package org.strategytracker.query.operations;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.Tables;

/**
 * Makes a rebuilt generation the live one in one transaction. It locks the generation row, which
 * stops the live processors (of every instance) before their next batch, waits until the rebuild
 * has seen every event the live processors wrote, then points the views and the row at the new
 * tables. Blocked live batches continue on the new tables; events they see twice change nothing.
 */
final class GenerationSwitch {

  private static final long PAUSE = Duration.ofMillis(20).toNanos();

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final TokenPositions tokens;

  GenerationSwitch(
      JdbcClient jdbc, PlatformTransactionManager transactionManager, TokenPositions tokens) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.tokens = tokens;
  }

  /**
   * Switches and answers the generation that was live before, or -1 if the rebuild fell behind in
   * time. Refuses when the rebuild is no longer this instance's (another one took it over) or when
   * the live generation is not the one the rebuild started from.
   */
  int trySwitch(
      String rebuildId,
      String owner,
      ProjectionDefinition projection,
      Tables next,
      String shadowName,
      Duration patience) {
    Integer previous =
        transaction.execute(
            status -> {
              if (!owner.equals(
                  jdbc.sql("SELECT owner FROM projection_rebuild WHERE rebuild_id = ? FOR UPDATE")
                      .param(rebuildId)
                      .query(String.class)
                      .single())) {
                throw new RebuildRunner.TakenOver();
              }
              int live =
                  jdbc.sql(
                          "SELECT generation FROM projection_generation WHERE projection = ? FOR UPDATE")
                      .param(projection.name())
                      .query(Integer.class)
                      .single();
              if (live != next.generation() - 1) {
                throw new IllegalStateException(
                    "generation " + live + " is live, the rebuild started from another one");
              }
              long deadline = System.nanoTime() + patience.toNanos();
              while (tokens.lowest(shadowName).orElse(-1)
                  < tokens.highest(projection.name()).orElse(-1)) {
                if (System.nanoTime() > deadline) {
                  return -1;
                }
                LockSupport.parkNanos(PAUSE);
              }
              for (String table : projection.tables()) {
                jdbc.sql("CREATE OR REPLACE VIEW " + table + " AS SELECT * FROM " + next.of(table))
                    .update();
              }
              jdbc.sql("UPDATE projection_generation SET generation = ? WHERE projection = ?")
                  .params(next.generation(), projection.name())
                  .update();
              return live;
            });
    return previous == null ? -1 : previous;
  }
}
