package org.strategytracker.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/** Runs something once the event handler's transaction has committed (or at once outside one). */
public final class AfterCommit {

  private AfterCommit() {}

  public static void run(Runnable action) {
    if (CurrentUnitOfWork.isStarted()) {
      CurrentUnitOfWork.get().afterCommit(unitOfWork -> action.run());
    } else {
      action.run();
    }
  }
}
