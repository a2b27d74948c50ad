package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.UUID;

/** Identifies a milestone within its measure: a lowercase slug or a UUID. */
public record MilestoneId(String value) {

  public MilestoneId {
    Objects.requireNonNull(value, "milestone id");
    if (!MeasureId.SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "milestone id must be 1 to 80 lowercase letters, digits or '-', starting with a letter or digit");
    }
  }

  public static MilestoneId random() {
    return new MilestoneId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
