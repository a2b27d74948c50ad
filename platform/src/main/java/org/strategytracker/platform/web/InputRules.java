package org.strategytracker.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * What any text or date a person sends must be, whatever field it arrives in. PostgreSQL text
 * columns reject U+0000, so an event carrying it could never be projected; other control characters
 * and unpaired surrogates are never meant and break exports. Multi-line texts (reasons, comments,
 * descriptions) may hold tab, line feed and carriage return; single-line texts (titles, names,
 * units, ids, query parameters) only printable characters. Dates of a city strategy lie between
 * {@link #EARLIEST} and {@link #LATEST}; anything outside is a typo or a probe.
 */
public final class InputRules {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  /** The fields that may span lines, by name, wherever they occur. */
  public static final Set<String> MULTI_LINE_FIELDS =
      Set.of("reason", "comment", "description", "measurability");

  private InputRules() {}

  /** Whether a text may span lines. */
  public enum Lines {
    SINGLE,
    MULTI
  }

  /**
   * The broken rule of a text and why, in German, or empty when the text is fine.
   *
   * @return the rule ({@code control-character} or {@code unpaired-surrogate}) and its message
   */
  public static Optional<FieldError> textProblem(String field, String value, Lines lines) {
    if (value == null) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            new FieldError(
                field,
                "unpaired-surrogate",
                "„"
                    + field
                    + "“ enthält an Stelle "
                    + (i + 1)
                    + " ein unvollständiges Unicode-Zeichen ("
                    + codePoint(c)
                    + ")."));
      } else if (Character.isISOControl(c) && !allowed(c, lines)) {
        return Optional.of(
            new FieldError(
                field,
                "control-character",
                "„"
                    + field
                    + "“ enthält an Stelle "
                    + (i + 1)
                    + " das Steuerzeichen "
                    + codePoint(c)
                    + (lines == Lines.MULTI
                        ? "; erlaubt sind nur Tabulator und Zeilenumbruch."
                        : "; das Feld ist einzeilig und erlaubt keine Steuerzeichen.")));
      }
    }
    return Optional.empty();
  }

  /**
   * @throws RuleViolation naming the field when the text breaks a rule
   */
  public static void requireText(String field, String value, Lines lines) {
    Optional<FieldError> problem = textProblem(field, value, lines);
    if (problem.isPresent()) {
      throw RuleViolation.input(field, problem.get().rule(), problem.get().message());
    }
  }

  /** Whether a day lies between {@link #EARLIEST} and {@link #LATEST}. */
  public static boolean inRange(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  /** Whether an instant lies on a day between {@link #EARLIEST} and {@link #LATEST} (UTC). */
  public static boolean inRange(Instant instant) {
    return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
        && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The German message for a date outside the range, naming the field and the value. */
  public static String rangeMessage(String field, Object value) {
    return "„"
        + field
        + "“ muss zwischen "
        + EARLIEST
        + " und "
        + LATEST
        + " liegen, war: "
        + value
        + ".";
  }

  /**
   * @throws RuleViolation with rule {@code date-range} when the day is outside the range
   */
  public static void requireDate(String field, LocalDate day) {
    if (day != null && !inRange(day)) {
      throw RuleViolation.input(field, "date-range", rangeMessage(field, day));
    }
  }

  /**
   * @throws RuleViolation with rule {@code date-range} when the instant is outside the range
   */
  public static void requireInstant(String field, Instant instant) {
    if (instant != null && !inRange(instant)) {
      throw RuleViolation.input(field, "date-range", rangeMessage(field, instant));
    }
  }

  private static boolean allowed(char c, Lines lines) {
    return lines == Lines.MULTI && (c == '\t' || c == '\n' || c == '\r');
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
