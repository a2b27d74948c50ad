package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.UUID;

/** Identifies a KPI value within its measure: a lowercase slug or a UUID. */
public record KpiValueId(String value) {

  public KpiValueId {
    Objects.requireNonNull(value, "KPI value id");
    if (!MeasureId.SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Die Kennung eines Messwerts darf aus 1 bis 80 Kleinbuchstaben, Ziffern und „-“ bestehen und beginnt mit einem Buchstaben oder einer Ziffer.");
    }
  }

  public static KpiValueId random() {
    return new KpiValueId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
