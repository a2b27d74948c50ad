package org.strategytracker.events.measure;

/**
 * A measure's priority as the strategy document defines it: 1 of highest importance or legally
 * required, 2 important but lower in order of implementation, 3 desirable but not strictly
 * necessary.
 */
public record Priority(int level) {

  public Priority {
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("Die Priorität ist 1, 2 oder 3, nicht " + level + ".");
    }
  }

  public static Priority of(int level) {
    return new Priority(level);
  }

  @Override
  public String toString() {
    return Integer.toString(level);
  }
}
