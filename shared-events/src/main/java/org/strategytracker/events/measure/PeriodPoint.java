package org.strategytracker.events.measure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strategytracker.events.measure.Period.Precision;

/**
 * One date of a period text as {@link PeriodParser} reads it: a day ("1.9.2022", "01.01.23"), a
 * month ("6.2022", "05/2022", "06/22", "12. 2024"), a quarter ("Q4/2023", "Q2/22") or a year
 * ("2023"). Two-digit years are 20xx. A month with a dot needs a four-digit year ("6.22" is not
 * read), since "6.22" could as well be a day and month without a year.
 *
 * @param first the first day the date names
 * @param last the last day the date names (inclusive)
 * @param precision how exactly the date was given
 */
record PeriodPoint(LocalDate first, LocalDate last, Precision precision) {

  private static final String YEAR = "([0-9]{4}|[0-9]{2})";
  private static final String DAY = "([0-9]{1,2})\\.\\s?([0-9]{1,2})\\.\\s?" + YEAR;
  private static final String MONTH = "([0-9]{1,2})(?:\\.\\s?(?=[0-9]{4})|\\s?/\\s?)" + YEAR;
  private static final String QUARTER = "Q([1-4])(?:\\s?/\\s?|\\s)" + YEAR;
  private static final String WHOLE_YEAR = "([0-9]{4})";

  /** Any date this record reads, for use inside the parser's patterns. */
  static final String PATTERN = String.join("|", DAY, MONTH, QUARTER, WHOLE_YEAR);

  private static final Pattern DAY_PATTERN = Pattern.compile(DAY);
  private static final Pattern MONTH_PATTERN = Pattern.compile(MONTH);
  private static final Pattern QUARTER_PATTERN = Pattern.compile(QUARTER, Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE_YEAR_PATTERN = Pattern.compile(WHOLE_YEAR);

  /** Reads one date; empty when the text is no date or names an impossible one ("31.02.2024"). */
  static Optional<PeriodPoint> parse(String text) {
    try {
      return Optional.ofNullable(read(text));
    } catch (DateTimeException impossibleDate) {
      return Optional.empty();
    }
  }

  private static PeriodPoint read(String text) {
    Matcher m;
    if ((m = DAY_PATTERN.matcher(text)).matches()) {
      LocalDate day = LocalDate.of(year(m.group(3)), number(m.group(2)), number(m.group(1)));
      return new PeriodPoint(day, day, Precision.DAY);
    }
    if ((m = MONTH_PATTERN.matcher(text)).matches()) {
      return months(YearMonth.of(year(m.group(2)), number(m.group(1))), 1, Precision.MONTH);
    }
    if ((m = QUARTER_PATTERN.matcher(text)).matches()) {
      int firstMonth = number(m.group(1)) * 3 - 2;
      return months(YearMonth.of(year(m.group(2)), firstMonth), 3, Precision.QUARTER);
    }
    if ((m = WHOLE_YEAR_PATTERN.matcher(text)).matches()) {
      return months(YearMonth.of(year(m.group(1)), 1), 12, Precision.YEAR);
    }
    return null;
  }

  private static PeriodPoint months(YearMonth first, int count, Precision precision) {
    return new PeriodPoint(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth(), precision);
  }

  private static int year(String digits) {
    int year = number(digits);
    return digits.length() == 2 ? 2000 + year : year;
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
