package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.UUID;

/** Identifies a KPI within its measure: a lowercase slug or a UUID. */
public record KpiId(String value) {

  public KpiId {
    Objects.requireNonNull(value, "KPI id");
    if (!MeasureId.SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Die Kennung einer Kennzahl darf aus 1 bis 80 Kleinbuchstaben, Ziffern und „-“ bestehen und beginnt mit einem Buchstaben oder einer Ziffer.");
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
