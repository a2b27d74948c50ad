package org.strategytracker.command.audit;

import org.strategytracker.platform.eventstore.EventSeal;

/** Tells whether a stored event row carries the seal the application gave it. */
final class Seals {

  /** What a row's seal says about how the row got into the store. */
  enum Status {
    /** Written by the application, unchanged since. */
    VALID,
    /** Stored before seals existed; only the chain vouches for it. */
    BEFORE_SEALS,
    /** No seal: written past the application. */
    MISSING,
    /** A seal that does not fit the row: the row was changed. */
    WRONG
  }

  private final EventSeal seal;
  private final long lastUnsealedIndex;

  Seals(EventSeal seal, long lastUnsealedIndex) {
    this.seal = seal;
    this.lastUnsealedIndex = lastUnsealedIndex;
  }

  Status of(StoredEvent event) {
    if (event.seal() == null) {
      return event.globalIndex() <= lastUnsealedIndex ? Status.BEFORE_SEALS : Status.MISSING;
    }
    return seal.holds(event.seal(), event.row()) ? Status.VALID : Status.WRONG;
  }
}
