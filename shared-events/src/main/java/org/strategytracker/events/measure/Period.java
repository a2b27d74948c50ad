package org.strategytracker.events.measure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measure's period as the city writes it, together with what the text means.
 *
 * <p>The original {@code text} is always kept: it is what the strategy document says and what a
 * council member will look for. The parsed reading ({@code kind}, {@code start}, {@code end},
 * {@code expected}, duration bounds) is what the tracker computes with. Text the parser cannot read
 * is kept with {@link Kind#UNPARSED} and never rejected.
 *
 * @param text the period exactly as written, never {@code null} (may be empty)
 * @param kind what sort of period the text describes
 * @param start first day of the period, or {@code null} when the text names none
 * @param end last day of the period (inclusive), or {@code null} for open or ongoing periods
 * @param startPrecision how exactly the text names the start ({@code null} when there is no start)
 * @param endPrecision how exactly the text names the end ({@code null} when there is no end)
 * @param expected whether the text qualifies the dates as expected ("voraussichtlich",
 *     "wünschenswert")
 * @param minMonths lower bound of a duration in months ("6 – 12 Monate"), else {@code null}
 * @param maxMonths upper bound of a duration in months, else {@code null}
 */
public record Period(
    String text,
    Kind kind,
    LocalDate start,
    LocalDate end,
    Precision startPrecision,
    Precision endPrecision,
    boolean expected,
    Integer minMonths,
    Integer maxMonths) {

  /** The longest period text accepted; the city's texts are far shorter. */
  public static final int MAX_TEXT_LENGTH = 500;

  public Period {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "Der Zeitraum darf höchstens " + MAX_TEXT_LENGTH + " Zeichen lang sein.");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "Das Ende des Zeitraums (" + end + ") liegt vor seinem Beginn (" + start + ").");
    }
  }

  /** A period whose text could not be read; it is kept and flagged, never rejected. */
  public static Period unparsed(String text) {
    return new Period(text, Kind.UNPARSED, null, null, null, null, false, null, null);
  }

  /**
   * Whether the parser understood the text (a method, not a property, so it is not stored with
   * events).
   */
  public boolean readable() {
    return kind != Kind.UNPARSED && kind != Kind.UNSPECIFIED;
  }

  /** What sort of period a text describes. */
  public enum Kind {
    /** A start and an end ("1.9.2022 - 31.12.2024", "2023", "Q2/22 bis Q4/23"). */
    RANGE,
    /** A start without an end ("ab 2023", "2022 - ?", "09.2022 - offen"). */
    OPEN_END,
    /** Only an end ("Bis Ende 2024"). */
    DEADLINE,
    /** Continuous work without an end ("fortlaufend", "durchgehend", "Laufendes Geschäft"). */
    ONGOING,
    /** A length rather than dates ("6 – 12 Monate"). */
    DURATION,
    /** As soon as possible ("schnellstmöglich"), possibly with an earliest start. */
    AS_SOON_AS_POSSIBLE,
    /** No text at all. */
    UNSPECIFIED,
    /** Text the parser could not read; kept as written. */
    UNPARSED
  }

  /** How exactly a date in the text was given. */
  public enum Precision {
    DAY,
    MONTH,
    QUARTER,
    YEAR
  }
}
