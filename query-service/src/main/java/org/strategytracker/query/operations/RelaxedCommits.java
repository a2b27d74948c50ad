package org.strategytracker.query.operations;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transactions of a rebuild's shadow processor, which do not wait for the disk at commit
 * ({@code synchronous_commit = off}). A database crash may lose the last few batches, but each
 * batch's rows and token go together, so the rebuild goes on from the batch before them.
 */
record RelaxedCommits(TransactionManager delegate, JdbcClient jdbc) implements TransactionManager {

  @Override
  public Transaction startTransaction() {
    Transaction transaction = delegate.startTransaction();
    jdbc.sql("SET LOCAL synchronous_commit TO off").update();
    return transaction;
  }
}
