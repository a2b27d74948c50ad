package org.strategytracker.query.timetravel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Reads the time-travel request parameters. {@code asOf} is a day; {@code knownAt} an instant or a
 * day, which then means the end of that day in the city's zone; {@code position} an event position.
 */
public final class TimeParameters {

  private TimeParameters() {}

  /** Whether a request asks for the past at all (else the live projections answer). */
  public static boolean asked(String asOf, String knownAt) {
    return (asOf != null && !asOf.isBlank()) || (knownAt != null && !knownAt.isBlank());
  }

  public static LocalDate day(String parameter, String raw, LocalDate fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeException e) {
      throw RuleViolation.input(
          parameter, "format", parameter + " muss ein Datum wie 2024-06-30 sein, war: " + raw);
    }
  }

  public static LocalDate requiredDay(String parameter, String raw) {
    LocalDate day = day(parameter, raw, null);
    if (day == null) {
      throw RuleViolation.input(
          parameter, "required", parameter + " fehlt: ein Datum wie 2024-06-30.");
    }
    return day;
  }

  public static Instant moment(String parameter, String raw, ZoneId zone) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw RuleViolation.input(
          parameter,
          "format",
          parameter
              + " muss ein Datum (2024-07-15) oder ein Zeitpunkt (2024-07-15T12:00:00Z) sein, war: "
              + raw);
    }
  }

  public static Long position(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(raw.strip());
      if (value < -1) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw RuleViolation.input(
          "position", "format", "position muss eine Ereignisposition (ganze Zahl ≥ -1) sein.");
    }
  }
}
