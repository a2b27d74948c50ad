package org.strategytracker.query;

import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Request parameters that the list endpoints of several features share, read with the same rules
 * and the same rejections; a bad one is a 400 naming the parameter.
 */
public final class ListParameters {

  private ListParameters() {}

  /** The page number, from 0; 0 unless given. */
  public static int page(Integer page) {
    int number = page == null ? 0 : page;
    if (number < 0) {
      throw RuleViolation.input("page", "range", "Die Seite muss 0 oder größer sein.");
    }
    return number;
  }

  /** The page size, {@code standard} unless given, at most {@code max}. */
  public static int size(Integer size, int standard, int max) {
    int value = size == null ? standard : size;
    if (value < 1 || value > max) {
      throw RuleViolation.input(
          "size", "range", "Die Seitengröße muss zwischen 1 und " + max + " liegen.");
    }
    return value;
  }

  /** An organisation unit, {@code null} when blank. */
  public static OrgUnit unit(String parameter, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OrgUnit.of(raw);
    } catch (IllegalArgumentException e) {
      throw RuleViolation.input(
          parameter, "format", "Unbekanntes Format der Organisationseinheit: " + raw);
    }
  }

  /** A text without its surrounding white space, {@code null} when blank. */
  public static String text(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
