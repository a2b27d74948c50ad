package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.UUID;

/** Identifies a milestone within its measure: a lowercase slug or a UUID. */
public record MilestoneId(String value) {

  public MilestoneId {
    Objects.requireNonNull(value, "milestone id");
    if (!MeasureId.SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Die Kennung eines Meilensteins darf aus 1 bis 80 Kleinbuchstaben, Ziffern und „-“ bestehen und beginnt mit einem Buchstaben oder einer Ziffer.");
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
