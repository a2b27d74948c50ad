package org.strategytracker.query.projection;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a handler's writes inside a savepoint of the processor's transaction. PostgreSQL refuses
 * every further statement of a transaction after one failed; without the savepoint, Axon could not
 * put the failing event into the dead-letter queue in the same transaction, and the processor would
 * stall on it instead.
 */
public final class Savepoint {

  private final TransactionTemplate nested;

  public Savepoint(PlatformTransactionManager transactionManager) {
    this.nested = new TransactionTemplate(transactionManager);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public void run(Runnable writes) {
    nested.executeWithoutResult(status -> writes.run());
  }
}
