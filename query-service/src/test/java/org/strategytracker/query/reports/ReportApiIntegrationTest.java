package org.strategytracker.query.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneDropped;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.support.Measures;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import org.strategytracker.query.support.TimedEventLog;
import org.strategytracker.query.timetravel.TimelineFixtures;
import tools.jackson.databind.JsonNode;

/** The status report and the change report over HTTP, opened with real parsers. */
@QueryServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIntegrationTest {

  static final String STATUS =
      "/api/v1/reports/status?asOf=2024-06-30&knownAt=2024-07-15T10:00:00Z";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired TokenPositions tokens;
  QueryApi api;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void history() {
    api = new QueryApi(port);
    TimedEventLog log = new TimedEventLog(eventStore);
    TimelineFixtures.year(log, "rp-year");
    log.append(
        "rp-silent",
        Instant.parse("2024-02-01T08:00:00Z"),
        Measures.registered("rp-silent", "Glasfaser Schulen", "Bildung", "FB 45", 3),
        "Start");
    Instant april = Instant.parse("2024-04-01T08:00:00Z");
    log.append(
        "rp-drop",
        april,
        Measures.registered("rp-drop", "Sensorik Parkplätze", "Mobilität", "FB 61", 2),
        "Start");
    log.append(
        "rp-drop",
        april.plusSeconds(60),
        Measures.milestone("rp-drop", "pilot", "Pilot", LocalDate.of(2024, 8, 31)),
        "Plan");
    log.append(
        "rp-drop",
        april.plusSeconds(120),
        Measures.kpi("rp-drop", "sensoren", "Sensoren", "0", "100", LocalDate.of(2024, 12, 31)),
        "Plan");
    log.append(
        "rp-drop",
        Instant.parse("2024-05-10T08:00:00Z"),
        Measures.value("rp-drop", "sensoren", "s1", "5", LocalDate.of(2024, 5, 10)),
        "Zählung");
    log.append(
        "rp-drop",
        Instant.parse("2024-07-01T08:00:00Z"),
        new MilestoneDropped(
            new MeasureId("rp-drop"), new MilestoneId("pilot"), "Förderung entfallen"),
        "Förderung entfallen");
    log.append(
        "rp-drop",
        Instant.parse("2024-09-01T08:00:00Z"),
        Measures.value("rp-drop", "sensoren", "s2", "8", LocalDate.of(2024, 9, 1)),
        "Zählung");
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tokens.lowest("timeline").orElse(-1) >= head);
  }

  @Test
  void regeneratesTheSameReportForTheSameBasisAfterLaterEntries() {
    QueryApi.Response first = api.get(STATUS);
    long position = first.json().at("/basis/position").asLong();
    byte[] csv = bytes(STATUS + "&format=csv&position=" + position);
    byte[] xlsx = bytes(STATUS + "&format=xlsx&position=" + position);
    // entered later, about a day before the as-of date: a report pinned to the position ignores it
    TimedEventLog log = new TimedEventLog(eventStore);
    log.append(
        "rp-late",
        Instant.parse("2024-06-01T08:00:00Z"),
        Measures.registered("rp-late", "Nachgetragen", "Bildung", "FB 45", 2),
        "nachgetragen");
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tokens.lowest("timeline").orElse(-1) >= head);

    QueryApi.Response again = api.get(STATUS + "&position=" + position);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    for (String part :
        List.of("/rows", "/sha256", "/basis/asOf", "/basis/knownAt", "/basis/position")) {
      assertThat(again.json().at(part)).as(part).isEqualTo(first.json().at(part));
    }
    assertThat(again.header("X-Report-Sha256"))
        .isEqualTo(first.json().get("sha256").asString())
        .hasSize(64);
    assertThat(bytes(STATUS + "&format=csv&position=" + position)).isEqualTo(csv);
    assertThat(cells(bytes(STATUS + "&format=xlsx&position=" + position))).isEqualTo(cells(xlsx));
    QueryApi.Response now = api.get("/api/v1/reports/status?asOf=2024-06-30");
    assertThat(now.json().at("/basis/position").asLong()).isGreaterThan(position);
    assertThat(now.body()).as("what is known now includes the late entry").contains("rp-late");
  }

  @Test
  void coversOnlyTheMeasuresOfAUnitOrAFieldWhenAsked() throws IOException {
    // everything known now, so that measures appended after the fixture count too
    String now = "/api/v1/reports/status?asOf=2024-06-30";
    JsonNode unit = api.get(now + "&leadUnit=FB%2045").json();
    assertThat(unit.get("rows")).isNotEmpty();
    assertThat(unit.get("rows"))
        .allSatisfy(row -> assertThat(row.get("leadUnit").asString()).isEqualTo("FB 45"));
    assertThat(unit.get("rows").toString()).contains("rp-silent").doesNotContain("rp-year");
    assertThat(unit.at("/scope/leadUnit").toString()).contains("FB 45");

    JsonNode parent = api.get(now + "&leadUnit=FB%2011").json();
    assertThat(parent.get("rows").toString())
        .as("FB 11 covers its sub-unit FB 11/400")
        .contains("rp-year")
        .doesNotContain("rp-silent");

    JsonNode field = api.get(now + "&fieldOfAction=Digitale%20Verwaltung").json();
    assertThat(field.get("rows")).isNotEmpty();
    assertThat(field.get("rows"))
        .allSatisfy(
            row ->
                assertThat(row.get("fieldOfAction").asString()).isEqualTo("Digitale Verwaltung"));
    assertThat(field.get("rows").toString()).contains("rp-year").doesNotContain("rp-silent");
    assertThat(field.get("sha256").asString()).isNotEqualTo(unit.get("sha256").asString());

    HttpResponse<byte[]> pdf = download(STATUS + "&format=pdf&leadUnit=FB%2045");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("statusbericht_FB-45_2024-06-30_");
    assertThat(pdfText(pdf.body()))
        .contains("Auswahl: Maßnahmen unter Federführung von FB 45 (mit Untereinheiten)");
    assertThat(pdfText(bytes(STATUS + "&format=pdf"))).contains("Auswahl: alle Maßnahmen");

    QueryApi.Response bad = api.get(STATUS + "&leadUnit=%3F%3F");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("leadUnit");
  }

  @Test
  void exportsCsvWithByteOrderMarkStampAndBothDelimiters() throws IOException {
    for (String format : List.of("csv", "csv-semicolon")) {
      HttpResponse<byte[]> response = download(STATUS + "&format=" + format);
      byte[] body = response.body();
      assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment")
          .contains("statusbericht_2024-06-30_stand_2024-07-15T100000Z_pos");
      assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
      char delimiter = format.equals("csv") ? ',' : ';';
      try (Reader reader =
              new InputStreamReader(
                  new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8);
          CSVParser csv =
              CSVParser.parse(
                  reader,
                  CSVFormat.EXCEL
                      .builder()
                      .setDelimiter(delimiter)
                      .setCommentMarker('#')
                      .setHeader()
                      .setSkipHeaderRecord(true)
                      .get())) {
        assertThat(csv.getHeaderComment())
            .contains("Stichtag: 30.06.2024")
            .contains("Wissensstand: 15.07.2024, 12:00:00 Uhr (2024-07-15T10:00:00Z)")
            .contains("Ereignisposition: ")
            .contains("SHA-256");
        CSVRecord row =
            csv.getRecords().stream()
                .filter(r -> r.get("Maßnahme").equals("rp-year"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("Arbeitsfeld")).isEqualTo("Digitale Verwaltung");
        assertThat(row.get("Fachbereich")).isEqualTo("FB 11/400");
        assertThat(row.get("Status")).isEqualTo("In Umsetzung");
        assertThat(row.get("Priorität")).isEqualTo("2");
        assertThat(row.get("Fortschritt (%)")).isEqualTo("30");
        assertThat(row.get("Ampel")).isEqualTo("Gelb (gefährdet)");
        assertThat(row.get("Fällig am")).isEqualTo("2024-07-31");
        assertThat(row.get("Kennzahlen")).contains("Online-Dienste: 20 Anzahl am 20.06.2024");
      }
    }
  }

  @Test
  void exportsXlsxWithAHeaderRowAndTypedCells() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(bytes(STATUS + "&format=xlsx")))) {
      Sheet sheet = workbook.getSheet("Statusbericht");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Arbeitsfeld");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Fachbereich");
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Priorität");
      Row row = null;
      for (Row candidate : sheet) {
        if (candidate.getRowNum() > 0
            && candidate.getCell(1).getStringCellValue().equals("rp-year")) {
          row = candidate;
        }
      }
      assertThat(row).isNotNull();
      assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2);
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(30);
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1);
      assertThat(DateUtil.isCellDateFormatted(row.getCell(12))).isTrue();
      assertThat(row.getCell(12).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse("2024-07-31"));
      assertThat(workbook.getSheet("Grundlage").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Stichtag: 30.06.2024");
    }
  }

  @Test
  void exportsAPrintablePdfWhoseTextIsTheSameEachTime() throws IOException {
    String first = pdfText(bytes(STATUS + "&format=pdf"));
    String again = pdfText(bytes(STATUS + "&format=pdf"));

    assertThat(first)
        .contains("Statusbericht Digitalstrategie")
        .contains("Stichtag: 30.06.2024")
        .contains("Wissensstand: 15.07.2024, 12:00:00 Uhr (2024-07-15T10:00:00Z)")
        .contains("Arbeitsfeld: Digitale Verwaltung")
        .contains("Maßnahme Fachbereich Status")
        .contains("OZG-Umsetzung rp-year")
        .contains("In Umsetzung")
        .contains("30 %")
        .contains("Gelb (gefährdet)");
    assertThat(again).isEqualTo(first);
    try (PDDocument document = Loader.loadPDF(bytes(STATUS + "&format=pdf"))) {
      PDRectangle box = document.getPage(0).getMediaBox();
      boolean turned = document.getPage(0).getRotation() % 180 != 0;
      float width = turned ? box.getHeight() : box.getWidth();
      float height = turned ? box.getWidth() : box.getHeight();
      assertThat(width).as("A4 landscape as printed, in points").isCloseTo(842f, within(1f));
      assertThat(height).isCloseTo(595f, within(1f));
    }
  }

  @Test
  void reportsTheChangesOfAPeriodPerMeasureAndSummed() {
    JsonNode report = api.get("/api/v1/reports/changes?from=2024-05-01&to=2024-09-30").json();

    JsonNode year = measure(report, "rp-year");
    assertThat(year.at("/statusChanges/0/from").asString()).isEqualTo("IN_PROGRESS");
    assertThat(year.at("/statusChanges/0/to").asString()).isEqualTo("ON_HOLD");
    assertThat(year.at("/priorityChanges/0/to").asString()).isEqualTo("1");
    assertThat(year.at("/milestonesReached/0/date").asString()).isEqualTo("2024-06-28");
    assertThat(year.at("/milestonesSlipped/0/previousDueDate").asString()).isEqualTo("2024-05-31");
    assertThat(year.at("/milestonesSlipped/0/dueDate").asString()).isEqualTo("2024-07-31");
    assertThat(year.at("/kpis/0/startValue").decimalValue()).isEqualByComparingTo("10");
    assertThat(year.at("/kpis/0/endValue").decimalValue()).isEqualByComparingTo("25");
    assertThat(year.at("/kpis/0/change").decimalValue()).isEqualByComparingTo("15");
    assertThat(year.get("updated").asBoolean()).isTrue();
    assertThat(measure(report, "rp-silent").get("updated").asBoolean()).isFalse();
    JsonNode dropped = measure(report, "rp-drop");
    assertThat(dropped.at("/milestonesDropped/0/title").asString()).isEqualTo("Pilot");
    assertThat(dropped.at("/milestonesDropped/0/reason").asString())
        .isEqualTo("Förderung entfallen");
    assertThat(dropped.at("/kpis/0/startValue").isNull())
        .as("no value was observed before the period")
        .isTrue();
    assertThat(dropped.at("/kpis/0/endValue").decimalValue()).isEqualByComparingTo("8");
    assertThat(dropped.at("/kpis/0/target").decimalValue()).isEqualByComparingTo("100");
    assertThat(dropped.at("/kpis/0/onTrack").asBoolean())
        .as("8 of 100 on 1 September is far below the straight path from 0 in April")
        .isFalse();
    assertThat(report.at("/summary/milestonesDropped").asInt()).isPositive();
    assertThat(report.at("/summary/kpisOffTrack").asInt()).isPositive();
    assertThat(report.at("/summary/withoutUpdate").asInt()).isPositive();
    assertThat(report.at("/summary/milestonesSlipped").asInt()).isPositive();
  }

  @Test
  void answersBadRequestNamingTheParameter() {
    for (String query :
        List.of(
            "status?format=docx",
            "status?asOf=morgen",
            "status?knownAt=nie",
            "changes?from=2024-05-01",
            "changes?from=2024-05-01&to=2024-04-01")) {
      QueryApi.Response response = api.get("/api/v1/reports/" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
    }
    assertThat(
            api.get("/api/v1/reports/status?format=docx").json().at("/errors/0/field").asString())
        .isEqualTo("format");
    assertThat(
            api.get("/api/v1/reports/changes?from=2024-05-01&to=2024-04-01")
                .json()
                .at("/errors/0/field")
                .asString())
        .isEqualTo("to");
  }

  private static JsonNode measure(JsonNode report, String id) {
    for (JsonNode m : report.get("measures")) {
      if (m.get("measureId").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no measure " + id + " in " + report);
  }

  /** Every sheet's cells as shown, row by row (the file's bytes carry the moment it was zipped). */
  private static List<String> cells(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter shown = new DataFormatter(java.util.Locale.GERMANY);
      List<String> cells = new java.util.ArrayList<>();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          row.forEach(
              cell ->
                  cells.add(
                      sheet.getSheetName()
                          + "!"
                          + cell.getAddress()
                          + "="
                          + shown.formatCellValue(cell)));
        }
      }
      return cells;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private byte[] bytes(String path) {
    HttpResponse<byte[]> response = download(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<byte[]> download(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
