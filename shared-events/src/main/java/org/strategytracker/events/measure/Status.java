package org.strategytracker.events.measure;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a measure, with the transitions a department may make. COMPLETED and CANCELLED
 * are final: only an explicit reopen leaves them.
 */
public enum Status {
  PLANNED,
  IN_PROGRESS,
  ON_HOLD,
  COMPLETED,
  CANCELLED;

  /** The statuses a department may change to from this one, reopen aside. */
  public Set<Status> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(ON_HOLD, COMPLETED, CANCELLED);
      case ON_HOLD -> EnumSet.of(IN_PROGRESS, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(Status.class);
    };
  }

  public boolean canChangeTo(Status target) {
    return next().contains(target);
  }

  /** Whether the measure is closed and accepts nothing but a reopen. */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }
}
