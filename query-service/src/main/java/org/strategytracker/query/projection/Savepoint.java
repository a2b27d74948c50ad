package org.strategytracker.query.projection;

import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a handler's writes inside a savepoint of the processor's transaction. PostgreSQL refuses
 * every further statement of a transaction after one failed; without the savepoint, Axon could not
 * put the failing event into the dead-letter queue in the same transaction, and the processor would
 * stall on it instead.
 */
public final class Savepoint {

  /** Prefix of transaction-bound resources that a rolled-back savepoint invalidates. */
  static final String TRANSACTION_SCOPED = "tracker.projection.generation:";

  private final TransactionTemplate nested;

  public Savepoint(PlatformTransactionManager transactionManager) {
    this.nested = new TransactionTemplate(transactionManager);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public void run(Runnable writes) {
    try {
      nested.executeWithoutResult(status -> writes.run());
    } catch (RuntimeException e) {
      forgetLocksTakenInside();
      throw e;
    }
  }

  /** A rollback to the savepoint released the generation locks taken inside it. */
  private static void forgetLocksTakenInside() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    List<Object> scoped =
        TransactionSynchronizationManager.getResourceMap().keySet().stream()
            .filter(key -> key instanceof String name && name.startsWith(TRANSACTION_SCOPED))
            .toList();
    scoped.forEach(TransactionSynchronizationManager::unbindResourceIfPossible);
  }
}
