package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.UUID;

/** Identifies a KPI within its measure: a lowercase slug or a UUID. */
public record KpiId(String value) {

  public KpiId {
    Objects.requireNonNull(value, "KPI id");
    if (!MeasureId.SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "KPI id must be 1 to 80 lowercase letters, digits or '-', starting with a letter or digit");
    }
  }

  public static KpiId random() {
    return new KpiId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
