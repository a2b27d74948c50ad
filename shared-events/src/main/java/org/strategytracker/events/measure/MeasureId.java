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
          "measure id must be 1 to 80 lowercase letters, digits or '-', starting with a letter or digit");
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
