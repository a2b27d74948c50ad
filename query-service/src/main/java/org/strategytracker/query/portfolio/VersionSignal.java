package org.strategytracker.query.portfolio;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.query.projection.AfterCommit;

/**
 * Wakes readers waiting for a newer version of a measure as soon as the projection has committed
 * one in this JVM. Readers still re-read the row in short intervals, for versions projected by
 * another instance of the service.
 */
public class VersionSignal {

  /** For projections nobody waits on (a rebuild filling new tables). */
  static final VersionSignal NONE =
      new VersionSignal() {
        @Override
        void after(MeasureId measure) {}
      };

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  void after(MeasureId measure) {
    AfterCommit.run(this::fire);
  }

  void fire() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Blocks until the next commit of the projection or until the time is up. */
  void await(long nanos) throws InterruptedException {
    lock.lock();
    try {
      changed.await(nanos, TimeUnit.NANOSECONDS);
    } finally {
      lock.unlock();
    }
  }
}
