package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifies a measure (Maßnahme): a lowercase slug such as {@code ozg-umsetzung}, or a UUID. */
public record MeasureId(String value) {

  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  public MeasureId {
    Objects.requireNonNull(value, "measure id");
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Die Kennung einer Maßnahme darf aus 1 bis 80 Kleinbuchstaben, Ziffern und „-“ bestehen und beginnt mit einem Buchstaben oder einer Ziffer.");
    }
  }

  public static MeasureId random() {
    return new MeasureId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
