package org.strategytracker.query.timetravel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.strategytracker.platform.web.InputRules;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.CityToday;

/**
 * Reads the time-travel request parameters into the {@link Basis} of an answer, so that every
 * endpoint takes and rejects them alike. {@code asOf} is a day; {@code knownAt} an instant or a
 * day, which then means the end of that day in the city's zone; {@code position} an event position.
 * A blank parameter counts as not given; a day outside {@link InputRules#EARLIEST}–{@link
 * InputRules#LATEST} is refused, as no answer about it would mean anything. The endpoints declare
 * the parameters themselves, each with its own description in the API documentation.
 */
@Component
public class TimeParameters {

  private final AsOfQueries queries;
  private final CityToday today;

  TimeParameters(AsOfQueries queries, CityToday today) {
    this.queries = queries;
    this.today = today;
  }

  /** The basis the raw parameters ask for, with the defaults of {@link AsOfQueries#basis}. */
  public Basis basis(String asOf, String knownAt, String position) {
    return queries.basis(day("asOf", asOf), knownAt(knownAt), position(position));
  }

  /** As of the end of {@code day}, known at {@code knownAt} (default now). */
  public Basis basis(LocalDate day, String knownAt) {
    return queries.basis(day, knownAt(knownAt), null);
  }

  public static LocalDate requiredDay(String parameter, String raw) {
    LocalDate day = day(parameter, raw);
    if (day == null) {
      throw RuleViolation.input(
          parameter, "required", parameter + " fehlt: ein Datum wie 2024-06-30.");
    }
    return day;
  }

  private static LocalDate day(String parameter, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(raw.strip());
    } catch (DateTimeException e) {
      throw RuleViolation.input(
          parameter, "format", parameter + " muss ein Datum wie 2024-06-30 sein, war: " + raw);
    }
    InputRules.requireDate(parameter, day);
    return day;
  }

  private Instant knownAt(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        InputRules.requireDate("knownAt", day);
        return day.plusDays(1).atStartOfDay(today.zone()).toInstant().minusNanos(1000);
      }
      Instant instant = OffsetDateTime.parse(text).toInstant();
      InputRules.requireInstant("knownAt", instant);
      return instant;
    } catch (DateTimeException e) {
      throw RuleViolation.input(
          "knownAt",
          "format",
          "knownAt muss ein Datum (2024-07-15) oder ein Zeitpunkt (2024-07-15T12:00:00Z) sein, war: "
              + raw);
    }
  }

  private static Long position(String raw) {
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
