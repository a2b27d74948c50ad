package org.strategytracker.query.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a projection writes: the live generation (looked up in every transaction, so that a rebuild
 * can switch it under running processors) or a fixed one (the generation a rebuild is filling).
 */
@FunctionalInterface
public interface ProjectionTables {

  /** The tables to write the current event into. */
  Tables resolve();

  /**
   * The live generation of a projection, read with a shared lock inside the processor's
   * transaction: a switch takes the exclusive lock, so no batch writes into the old generation
   * after it. The lock holds until the transaction ends, so the generation is read once per
   * transaction (a batch of up to a hundred events), not once per event; {@link Savepoint} forgets
   * it when a handler's savepoint rolls back, as that releases the lock taken inside it.
   */
  static ProjectionTables live(JdbcClient jdbc, String projection) {
    String key = Savepoint.TRANSACTION_SCOPED + projection;
    return () -> {
      if (!TransactionSynchronizationManager.isSynchronizationActive()) {
        return lookup(jdbc, projection);
      }
      Tables known = (Tables) TransactionSynchronizationManager.getResource(key);
      if (known != null) {
        return known;
      }
      Tables tables = lookup(jdbc, projection);
      TransactionSynchronizationManager.bindResource(key, tables);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
          });
      return tables;
    };
  }

  private static Tables lookup(JdbcClient jdbc, String projection) {
    return new Tables(
        jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ? FOR SHARE")
            .param(projection)
            .query(Integer.class)
            .single());
  }
}
