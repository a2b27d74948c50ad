package org.strategytracker.query.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transactions of a projection's processor, live or rebuilding, which do not wait for the disk
 * at commit ({@code synchronous_commit = off}). A database crash may lose the last few batches, but
 * each batch's rows, dead letters and token go together, so the processor goes on from the batch
 * before them: a projection can always be derived again from the event store, whose own writes keep
 * waiting for the disk. Replaying a long history, the wait was a large part of every batch.
 */
public record RelaxedCommits(TransactionManager delegate, JdbcClient jdbc)
    implements TransactionManager {

  @Override
  public Transaction startTransaction() {
    Transaction transaction = delegate.startTransaction();
    try {
      jdbc.sql("SET LOCAL synchronous_commit TO off").update();
    } catch (RuntimeException | Error failed) {
      // a transaction left open here would stay bound to the processor's thread with its dead
      // connection, and every later batch on that thread would join it and fail
      try {
        transaction.rollback();
      } catch (RuntimeException rollbackFailed) {
        failed.addSuppressed(rollbackFailed);
      }
      throw failed;
    }
    return transaction;
  }
}
