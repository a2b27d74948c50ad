package org.strategytracker.events.measure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strategytracker.events.measure.Period.Kind;

/**
 * Reads the period texts ("Zeitraum") of the city's strategy documents into a {@link Period}.
 *
 * <p>Dates are read as {@link PeriodPoint}s: a day ("1.9.2022", "01.01.23"), a month ("6.2022",
 * "05/2022", "06/22", "12. 2024"), a quarter ("Q4/2023", "Q2/22") or a year ("2023"); two-digit
 * years are 20xx. A start is the first day of what it names, an end the last ("6.2022 – 12.2024"
 * runs from 2022-06-01 to 2024-12-31). Dates are separated by "-", "–", "—" or "bis". The forms
 * read are:
 *
 * <ul>
 *   <li>{@link Kind#RANGE}: two dates ("1.9.2022 - 31.12.2024", "Q2/22 bis Q4/23"), or one date
 *       standing for its whole day, month, quarter or year ("2023", "Q4/2023");
 *   <li>{@link Kind#OPEN_END}: "ab 2023", "Ab 1.11.2022", "2022 - ?", "09.2022 - offen";
 *   <li>{@link Kind#DEADLINE}: "Bis Ende 2024", "bis 30.09.2024", "Implementierungsstufe 1 bis
 *       30.09.2024";
 *   <li>{@link Kind#ONGOING}: "fortlaufend", "laufend", "durchgehend", "dauerhaft", "Laufendes
 *       Geschäft";
 *   <li>{@link Kind#DURATION}: "6 – 12 Monate", "6 Monate", "1 Jahr", "2 Jahre" (in months);
 *   <li>{@link Kind#AS_SOON_AS_POSSIBLE}: "schnellstmöglich, da …", "Einführung so schnell wie
 *       möglich", with an earliest start "Schnellstmöglich, optimal ab 01.01.2023".
 * </ul>
 *
 * <p>"voraussichtlich", "wünschenswert", "optimal" and "idealerweise" mark the reading as expected.
 * Case, surrounding and repeated whitespace and trailing punctuation do not matter. Blank or
 * missing text is {@link Kind#UNSPECIFIED}. Anything else, impossible dates ("31.02.2024") and ends
 * before starts come back as {@link Period#unparsed(String)}. The returned {@link Period#text()} is
 * always the input exactly as given (the empty string for {@code null}).
 */
public final class PeriodParser {

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private static final String SEPARATOR = "(?:\\s?[-\\u2010-\\u2015\\u2212]\\s?|\\sbis\\s)";
  private static final String POINT = "(?:" + PeriodPoint.PATTERN + ")";

  private static final Pattern WHITESPACE = pattern("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = pattern("[\\s.,;:!]+$");
  private static final Pattern QUALIFIER =
      pattern("(?<!\\p{L})(?:voraussichtlich|wünschenswert|optimal|idealerweise)(?!\\p{L})");

  private static final Pattern ONGOING =
      pattern("^(?:(?:fort)?laufend|durchgehend|dauerhaft|laufendes\\sGeschäft)$");
  private static final Pattern AS_SOON_AS_POSSIBLE =
      pattern(
          "^(?:\\p{L}+\\s)?(?:schnellstmöglich|so\\sschnell\\swie\\smöglich)"
              + "(?<rest>[\\s,;:(].*)?$");
  private static final Pattern EARLIEST_START =
      pattern("(?<!\\p{L})ab\\s(?<start>" + POINT + ")(?![0-9])");
  private static final Pattern DURATION =
      pattern(
          "^(?<min>[0-9]{1,3})(?:" + SEPARATOR + "(?<max>[0-9]{1,3}))?\\s(?<unit>Monate?|Jahre?)$");
  private static final Pattern STARTING_FROM = pattern("^ab\\s(?<start>" + POINT + ")$");
  private static final Pattern OPEN_TAIL =
      pattern("^(?<start>" + POINT + ")" + SEPARATOR + "(?:\\?|offen)?$");
  private static final Pattern DEADLINE =
      pattern("^(?:\\p{L}+\\s[0-9]+\\s)?bis\\s(?:(?:Ende|spätestens)\\s)?(?<end>" + POINT + ")$");
  private static final Pattern RANGE =
      pattern("^(?<start>" + POINT + ")" + SEPARATOR + "(?<end>" + POINT + ")$");
  private static final Pattern SINGLE = pattern("^(?<start>" + POINT + ")$");

  private PeriodParser() {}

  /**
   * Parses a period text. Never throws for a text of at most {@link Period#MAX_TEXT_LENGTH}
   * characters: text it cannot read comes back as {@link Kind#UNPARSED}, kept as written.
   *
   * @param text the period as written, may be {@code null}
   * @return the period, whose {@code text} is the input exactly as given
   * @throws IllegalArgumentException if the text is longer than {@link Period#MAX_TEXT_LENGTH}, the
   *     one text a {@link Period} cannot keep
   */
  public static Period parse(String text) {
    if (text != null && text.length() > Period.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "Der Zeitraum darf höchstens " + Period.MAX_TEXT_LENGTH + " Zeichen lang sein.");
    }
    if (text == null || collapseWhitespace(text).isEmpty()) {
      String kept = text == null ? "" : text;
      return new Period(kept, Kind.UNSPECIFIED, null, null, null, null, false, null, null);
    }
    String normalized = normalize(text);
    boolean expected = QUALIFIER.matcher(normalized).find();
    String plain = normalize(QUALIFIER.matcher(normalized).replaceAll(" "));
    return read(text, plain, expected).orElseGet(() -> Period.unparsed(text));
  }

  private static Optional<Period> read(String text, String plain, boolean expected) {
    Reading reading = new Reading(text, expected);
    if (ONGOING.matcher(plain).matches()) {
      return reading.dated(Kind.ONGOING, null, null);
    }
    Matcher m;
    if ((m = AS_SOON_AS_POSSIBLE.matcher(plain)).matches()) {
      Matcher start = EARLIEST_START.matcher(m.group("rest") == null ? "" : m.group("rest"));
      if (!start.find()) {
        return reading.dated(Kind.AS_SOON_AS_POSSIBLE, null, null);
      }
      return PeriodPoint.parse(start.group("start"))
          .flatMap(from -> reading.dated(Kind.AS_SOON_AS_POSSIBLE, from, null));
    }
    if ((m = DURATION.matcher(plain)).matches()) {
      return reading.duration(m);
    }
    if ((m = STARTING_FROM.matcher(plain)).matches() || (m = OPEN_TAIL.matcher(plain)).matches()) {
      return PeriodPoint.parse(m.group("start"))
          .flatMap(from -> reading.dated(Kind.OPEN_END, from, null));
    }
    if ((m = DEADLINE.matcher(plain)).matches()) {
      return PeriodPoint.parse(m.group("end"))
          .flatMap(to -> reading.dated(Kind.DEADLINE, null, to));
    }
    if ((m = RANGE.matcher(plain)).matches()) {
      Optional<PeriodPoint> to = PeriodPoint.parse(m.group("end"));
      return PeriodPoint.parse(m.group("start"))
          .flatMap(from -> to.flatMap(end -> reading.dated(Kind.RANGE, from, end)));
    }
    if ((m = SINGLE.matcher(plain)).matches()) {
      return PeriodPoint.parse(m.group("start"))
          .flatMap(point -> reading.dated(Kind.RANGE, point, point));
    }
    return Optional.empty();
  }

  private static String normalize(String text) {
    return TRAILING_PUNCTUATION.matcher(collapseWhitespace(text)).replaceAll("");
  }

  private static String collapseWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  private static Pattern pattern(String regex) {
    return Pattern.compile(regex, FLAGS);
  }

  private record Reading(String text, boolean expected) {

    Optional<Period> dated(Kind kind, PeriodPoint from, PeriodPoint to) {
      if (from != null && to != null && to.last().isBefore(from.first())) {
        return Optional.empty();
      }
      return Optional.of(
          new Period(
              text,
              kind,
              from == null ? null : from.first(),
              to == null ? null : to.last(),
              from == null ? null : from.precision(),
              to == null ? null : to.precision(),
              expected,
              null,
              null));
    }

    Optional<Period> duration(Matcher m) {
      int perUnit = m.group("unit").regionMatches(true, 0, "Jahr", 0, 4) ? 12 : 1;
      int min = Integer.parseInt(m.group("min")) * perUnit;
      int max = m.group("max") == null ? min : Integer.parseInt(m.group("max")) * perUnit;
      if (max < min) {
        return Optional.empty();
      }
      return Optional.of(
          new Period(text, Kind.DURATION, null, null, null, null, expected, min, max));
    }
  }
}
