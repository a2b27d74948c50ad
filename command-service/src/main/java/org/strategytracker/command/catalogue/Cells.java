package org.strategytracker.command.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.events.measure.Priority;

/**
 * What a catalogue cell means: the one place that reads priorities, dates, numbers and KPI
 * directions, used by the validator to find bad cells and by the import to convert good ones.
 */
final class Cells {

  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Cells() {}

  static Priority priority(String cell) {
    try {
      return Priority.of(new BigDecimal(cell.strip()).intValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("priority must be 1, 2 or 3, was " + cell);
    }
  }

  /** An ISO date ("2024-12-31") or a German one ("31.12.2024"); {@code null} for an empty cell. */
  static LocalDate date(String cell) {
    if (cell == null) {
      return null;
    }
    try {
      return cell.contains(".")
          ? LocalDate.parse(cell.strip(), GERMAN_DATE)
          : LocalDate.parse(cell.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("no date: " + cell);
    }
  }

  /** A number with "." or "," as decimal mark ("3.5", "3,5"); {@code null} for an empty cell. */
  static BigDecimal decimal(String cell) {
    if (cell == null) {
      return null;
    }
    String plain = cell.strip().replace(" ", "");
    if (plain.contains(",")) {
      plain = plain.replace(".", "").replace(',', '.');
    }
    BigDecimal value = new BigDecimal(plain).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  static KpiDirection direction(String cell) {
    return KpiDirection.valueOf(cell.strip().toUpperCase(Locale.ROOT));
  }
}
