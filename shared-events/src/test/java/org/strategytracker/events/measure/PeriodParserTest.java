package org.strategytracker.events.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strategytracker.events.measure.Period.Precision.DAY;
import static org.strategytracker.events.measure.Period.Precision.MONTH;
import static org.strategytracker.events.measure.Period.Precision.QUARTER;
import static org.strategytracker.events.measure.Period.Precision.YEAR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategytracker.events.measure.Period.Kind;
import org.strategytracker.events.measure.Period.Precision;

class PeriodParserTest {

  private static final String SEED = "shared/seeds/000_50b21cbc5aa58945.txt";
  private static final String NO_TIME_NAMED =
      "Abhängig von der Anzahl der Lokationen und erforderlichen baulichen Maßnahmen";

  /** Each distinct "Zeitraum:" text of the seed document, whitespace collapsed, as it is read. */
  private static final List<Period> DOCUMENT_PERIODS =
      List.of(
          range("2023", "2023-01-01", "2023-12-31", YEAR),
          range("1.9.2022 - 31.12.2024", "2022-09-01", "2024-12-31", DAY),
          expected(deadline("Bis Ende 2024 wünschenswert", "2024-12-31", YEAR)),
          range("2021 - 2024", "2021-01-01", "2024-12-31", YEAR),
          expected(
              asSoonAsPossibleFrom("Schnellstmöglich, optimal ab 01.01.2023", "2023-01-01", DAY)),
          asSoonAsPossible("Einführung so schnell wie möglich"),
          range("05.2022 - 01.2023", "2022-05-01", "2023-01-31", MONTH),
          ongoing("durchgehend"),
          ongoing("Laufendes Geschäft"),
          range("Q4/2023", "2023-10-01", "2023-12-31", QUARTER),
          range("01.2023 - 6.2023", "2023-01-01", "2023-06-30", MONTH),
          deadline("Bis Ende 2024", "2024-12-31", YEAR),
          range("6.2023 – 12.2024", "2023-06-01", "2024-12-31", MONTH),
          range("01.01.23 - 31.12.24", "2023-01-01", "2024-12-31", DAY),
          range("01.09.23 - 31.12.24", "2023-09-01", "2024-12-31", DAY),
          range("1.11.2022 – 1.7.2023", "2022-11-01", "2023-07-01", DAY),
          expected(range("Q2/22 bis voraussichtlich Q4/23", "2022-04-01", "2023-12-31", QUARTER)),
          ongoing("dauerhaft"),
          range("9.2022 – 12. 2024", "2022-09-01", "2024-12-31", MONTH),
          range("01.2023 – 12.2025", "2023-01-01", "2025-12-31", MONTH),
          range("05/2022 - 04/2024", "2022-05-01", "2024-04-30", MONTH),
          range("2022 - 2024", "2022-01-01", "2024-12-31", YEAR),
          range("05/2023 - 12/2024", "2023-05-01", "2024-12-31", MONTH),
          range("01.03.2023 – 28.02.2026", "2023-03-01", "2026-02-28", DAY),
          range("1.2023 – 12.2025", "2023-01-01", "2025-12-31", MONTH),
          openEnd("ab 2023", "2023-01-01", YEAR),
          range("6.2022 – 12. 2024", "2022-06-01", "2024-12-31", MONTH),
          range("6.2022 – 12.2024", "2022-06-01", "2024-12-31", MONTH),
          range("6.2022 – 3.2023", "2022-06-01", "2023-03-31", MONTH),
          range("6.2022 – 12.2023", "2022-06-01", "2023-12-31", MONTH),
          deadline("Implementierungsstufe 1 bis 30.09.2024", "2024-09-30", DAY),
          range("11.2022 – 12.2024", "2022-11-01", "2024-12-31", MONTH),
          range("9.2022 – 12.2025", "2022-09-01", "2025-12-31", MONTH),
          ongoing("fortlaufend"),
          range("06/22 - 12/24", "2022-06-01", "2024-12-31", MONTH),
          openEnd("Ab 1.2023", "2023-01-01", MONTH),
          duration("6 – 12 Monate", 6, 12),
          range("Q1/2023 – Q3/2024", "2023-01-01", "2024-09-30", QUARTER),
          openEnd("2022 - ?", "2022-01-01", YEAR),
          ongoing("Fortlaufend"),
          range("1.2023 – 12.2024", "2023-01-01", "2024-12-31", MONTH),
          openEnd("09.2022 - offen", "2022-09-01", MONTH),
          range("2020 - 2030", "2020-01-01", "2030-12-31", YEAR),
          Period.unparsed(NO_TIME_NAMED),
          openEnd("Ab 1.11.2022", "2022-11-01", DAY),
          range("07/2023 - 07/2024", "2023-07-01", "2024-07-31", MONTH),
          asSoonAsPossible(
              "schnellstmöglich, da derzeit hohes Risiko bei der Mailkommunikation besteht."));

  static Stream<Arguments> documentPeriods() {
    return DOCUMENT_PERIODS.stream().map(period -> Arguments.of(period.text(), period));
  }

  static Stream<Arguments> otherForms() {
    return Stream.of(
            duration("6 Monate", 6, 6),
            duration("1 Jahr", 12, 12),
            duration("2 Jahre", 24, 24),
            duration("1 - 2 Jahre", 12, 24),
            duration("3 bis 6 Monate", 3, 6),
            range("1.9.2022 — 31.12.2024", "2022-09-01", "2024-12-31", DAY),
            range("2021 bis 2024", "2021-01-01", "2024-12-31", YEAR),
            range("2021-2024", "2021-01-01", "2024-12-31", YEAR),
            range("Q2/22\u00a0bis\u00a0Q4/23", "2022-04-01", "2023-12-31", QUARTER),
            range("29.02.2024 - 28.02.2025", "2024-02-29", "2025-02-28", DAY),
            range("2023 – 2023", "2023-01-01", "2023-12-31", YEAR),
            range("1.9.2022", "2022-09-01", "2022-09-01", DAY),
            range("6.2022", "2022-06-01", "2022-06-30", MONTH),
            range("Q1 2024", "2024-01-01", "2024-03-31", QUARTER),
            new Period(
                "1.2023 – Q3/2024",
                Kind.RANGE,
                LocalDate.parse("2023-01-01"),
                LocalDate.parse("2024-09-30"),
                MONTH,
                QUARTER,
                false,
                null,
                null),
            expected(range("voraussichtlich 2024", "2024-01-01", "2024-12-31", YEAR)),
            openEnd("  ab 2023.  ", "2023-01-01", YEAR),
            openEnd("ab Q3/2023", "2023-07-01", QUARTER),
            openEnd("2022 -", "2022-01-01", YEAR),
            openEnd("2022 – offen", "2022-01-01", YEAR),
            deadline("Bis 30.09.2024", "2024-09-30", DAY),
            deadline("bis Ende Q3/2024", "2024-09-30", QUARTER),
            deadline("Phase 2 bis 6.2025;", "2025-06-30", MONTH),
            ongoing("laufend"),
            ongoing("FORTLAUFEND"),
            ongoing(" fortlaufend\n"),
            asSoonAsPossible("schnellstmöglich"),
            asSoonAsPossibleFrom("schnellstmöglich, ab 1.2023", "2023-01-01", MONTH))
        .map(period -> Arguments.of(period.text(), period));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentPeriods")
  void readsEveryPeriodTextOfTheStrategyDocument(String text, Period expected) {
    assertThat(PeriodParser.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherForms")
  void readsTheOtherFormsAndTolerancesTheCityWrites(String text, Period expected) {
    assertThat(PeriodParser.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t\n", "\u00a0"})
  void blankTextIsUnspecifiedAndKeptAsGiven(String text) {
    Period period = PeriodParser.parse(text);

    assertThat(period.kind()).isEqualTo(Kind.UNSPECIFIED);
    assertThat(period.text()).isEqualTo(text == null ? "" : text);
    assertThat(period.start()).isNull();
    assertThat(period.end()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "irgendwann mal",
        "31.02.2024 - 1.1.2025",
        "29.02.2023",
        "2025 - 2023",
        "12.2024 – 1.2024",
        "Q5/2023",
        "13.2024",
        "0.2024",
        "6.22",
        "12 – 6 Monate",
        "Ab 32.1.2023",
        "schnellstmöglich, ab 31.02.2023",
        "bis",
        "-",
        "?",
        "２０２３",
        "2023 🙂",
        "1 bis 30.09.2024"
      })
  void unreadableTextIsUnparsedAndKept(String text) {
    assertThat(PeriodParser.parse(text)).isEqualTo(Period.unparsed(text));
  }

  @Test
  void neverThrowsForAnyTextItCanKeep() {
    List<String> odd =
        new ArrayList<>(
            List.of(
                "a".repeat(Period.MAX_TEXT_LENGTH),
                "2023 - ".repeat(71) + "202",
                "–".repeat(Period.MAX_TEXT_LENGTH),
                "ab ".repeat(166),
                "1.".repeat(250),
                "Q".repeat(499) + "1",
                "9".repeat(Period.MAX_TEXT_LENGTH),
                "schnellstmöglich, " + "ab 2023 ".repeat(60),
                "\u0000\u202e2023\ud83d\ude00",
                "ẞ Ǆ ﬀ İ ı",
                "\ud800"));
    Random random = new Random(20240930L);
    String alphabet = "0123456789.../-–—? QabisEndeMonateJahreoffenfortlaufendäöüß\u00a0\n🙂";
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(Period.MAX_TEXT_LENGTH / 20 + 1) * (i % 10 == 0 ? 20 : 1);
      while (text.length() < length) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      odd.add(text.substring(0, Math.min(text.length(), Period.MAX_TEXT_LENGTH)));
    }

    for (String text : odd) {
      assertThatCode(() -> PeriodParser.parse(text)).as(text).doesNotThrowAnyException();
      assertThat(PeriodParser.parse(text).text()).isEqualTo(text);
    }
  }

  @Test
  void rejectsOnlyTextTooLongToKeep() {
    assertThatThrownBy(() -> PeriodParser.parse("2023" + " ".repeat(Period.MAX_TEXT_LENGTH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsEveryPeriodTextOfTheSeedDocumentAndKeepsItExactly() throws IOException {
    List<String> texts = periodTextsOf(Files.readAllLines(seedDocument(), StandardCharsets.UTF_8));
    var expectedByText =
        DOCUMENT_PERIODS.stream().collect(Collectors.toMap(Period::text, Function.identity()));

    assertThat(texts).hasSize(59);
    assertThat(texts.stream().map(PeriodParserTest::collapsed).collect(Collectors.toSet()))
        .as("the table above holds every distinct period text of the document, and only those")
        .isEqualTo(expectedByText.keySet());
    for (String text : texts) {
      Period period = PeriodParser.parse(text);
      assertThat(period.text()).isEqualTo(text);
      assertThat(period)
          .usingRecursiveComparison()
          .ignoringFields("text")
          .isEqualTo(expectedByText.get(collapsed(text)));
      if (!collapsed(text).equals(NO_TIME_NAMED)) {
        assertThat(period.kind()).as(text).isNotEqualTo(Kind.UNPARSED);
      }
    }
  }

  /** The text after each "Zeitraum:" label, with the lines it wraps onto up to a blank line. */
  private static List<String> periodTextsOf(List<String> lines) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("Zeitraum:")) {
        StringBuilder text = new StringBuilder(lines.get(i).substring("Zeitraum:".length()));
        for (int next = i + 1; next < lines.size() && continuesPeriod(lines.get(next)); next++) {
          text.append('\n').append(lines.get(next));
        }
        texts.add(text.toString());
      }
    }
    return texts;
  }

  private static boolean continuesPeriod(String line) {
    return !line.isBlank() && !line.startsWith("Verantwortlicher");
  }

  private static Path seedDocument() {
    Optional<Path> seed =
        Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
            .map(dir -> dir.resolve(SEED))
            .filter(Files::isRegularFile)
            .findFirst();
    assertThat(seed)
        .as("%s beside the project, above %s", SEED, Path.of("").toAbsolutePath())
        .isPresent();
    return seed.orElseThrow();
  }

  private static String collapsed(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static Period range(String text, String start, String end, Precision precision) {
    return new Period(
        text,
        Kind.RANGE,
        LocalDate.parse(start),
        LocalDate.parse(end),
        precision,
        precision,
        false,
        null,
        null);
  }

  private static Period openEnd(String text, String start, Precision precision) {
    return new Period(
        text, Kind.OPEN_END, LocalDate.parse(start), null, precision, null, false, null, null);
  }

  private static Period deadline(String text, String end, Precision precision) {
    return new Period(
        text, Kind.DEADLINE, null, LocalDate.parse(end), null, precision, false, null, null);
  }

  private static Period ongoing(String text) {
    return new Period(text, Kind.ONGOING, null, null, null, null, false, null, null);
  }

  private static Period asSoonAsPossible(String text) {
    return new Period(text, Kind.AS_SOON_AS_POSSIBLE, null, null, null, null, false, null, null);
  }

  private static Period asSoonAsPossibleFrom(String text, String start, Precision precision) {
    return new Period(
        text,
        Kind.AS_SOON_AS_POSSIBLE,
        LocalDate.parse(start),
        null,
        precision,
        null,
        false,
        null,
        null);
  }

  private static Period duration(String text, int minMonths, int maxMonths) {
    return new Period(text, Kind.DURATION, null, null, null, null, false, minMonths, maxMonths);
  }

  private static Period expected(Period p) {
    return new Period(
        p.text(),
        p.kind(),
        p.start(),
        p.end(),
        p.startPrecision(),
        p.endPrecision(),
        true,
        p.minMonths(),
        p.maxMonths());
  }
}
