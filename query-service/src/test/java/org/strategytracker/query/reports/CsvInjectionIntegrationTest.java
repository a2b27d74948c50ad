package org.strategytracker.query.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.kpi;
import static org.strategytracker.query.support.Measures.milestone;
import static org.strategytracker.query.support.Measures.registered;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryServiceTest;

/**
 * Titles, a field of action, a milestone and a KPI name that a spreadsheet would run as formulas
 * come out of the status report's CSV downloads neutralised (apostrophe in front, quoted), its
 * numbers bare; the workbook holds them as plain text cells.
 */
@QueryServiceTest
class CsvInjectionIntegrationTest {

  static final List<String> PAYLOADS =
      List.of(
          "=1+1",
          "@SUM(1)",
          "+1+1",
          "-1+1",
          "=HYPERLINK(\"https://example.org\";\"Klick\")",
          "\tTabulator",
          "\rWagenrücklauf");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired TokenPositions tokens;
  HttpClient http = HttpClient.newHttpClient();

  @Test
  void neutralisesFormulaCellsInBothCsvFormatsAndKeepsNumbersBare() throws Exception {
    Map<String, String> titles = appendMeasures();

    for (String format : List.of("csv", "csv-semicolon")) {
      char delimiter = format.equals("csv") ? ',' : ';';
      String text = download("/api/v1/reports/status?format=" + format).substring(1);
      Map<String, CSVRecord> rows = rows(text, delimiter);
      titles.forEach(
          (id, title) -> {
            CSVRecord row = rows.get(id);
            assertThat(row.get("Titel")).as(format).isEqualTo("'" + title);
            assertThat(row.get("Priorität")).isEqualTo("2");
            assertThat(row.get("Meilensteine")).isEqualTo("1");
            assertThat(row.get("Arbeitsfeld")).isEqualTo("'+Formeln");
            assertThat(row.get("Nächster Meilenstein")).isEqualTo("'=1+1");
            assertThat(row.get("Kennzahlen")).startsWith("'@SUM(1): ");
          });
      String first = titles.keySet().iterator().next();
      String line =
          text.lines().filter(l -> l.contains("\"" + first + "\"")).findFirst().orElseThrow();
      assertThat(line)
          .as("text quoted, numbers bare")
          .startsWith("\"'+Formeln\"" + delimiter)
          .contains(delimiter + "2" + delimiter)
          .contains("\"'=1+1\"");
    }
  }

  @Test
  void writesFormulaLikeTitlesAsTextCellsIntoTheWorkbook() throws Exception {
    Map<String, String> titles = appendMeasures();

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(bytes("/api/v1/reports/status?format=xlsx").body()))) {
      Map<String, Row> rows = new HashMap<>();
      for (Row row : workbook.getSheet("Statusbericht")) {
        if (row.getRowNum() > 0) {
          rows.put(row.getCell(1).getStringCellValue(), row);
        }
      }
      titles.forEach(
          (id, title) -> {
            Cell cell = rows.get(id).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(title);
            assertThat(rows.get(id).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
          });
    }
  }

  /** One measure per payload as its title; returns id → title once the timeline has them. */
  private Map<String, String> appendMeasures() {
    EventLog log = new EventLog(eventStore);
    String prefix = "csv-" + System.nanoTime() % 100000 + "-";
    Map<String, String> titles = new java.util.LinkedHashMap<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String id = prefix + i;
      titles.put(id, PAYLOADS.get(i));
      log.append(id, registered(id, PAYLOADS.get(i), "+Formeln", "FB 61", 2));
      log.append(id, milestone(id, "m1", "=1+1", LocalDate.now().plusYears(1)));
      log.append(id, kpi(id, "k1", "@SUM(1)", "0", "10", null));
    }
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tokens.lowest("timeline").orElse(-1) >= head);
    return titles;
  }

  private static Map<String, CSVRecord> rows(String text, char delimiter) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    try (CSVParser csv =
        CSVParser.parse(
            new StringReader(text),
            CSVFormat.EXCEL
                .builder()
                .setDelimiter(delimiter)
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get())) {
      for (CSVRecord row : csv) {
        rows.put(row.get("Maßnahme"), row);
      }
    }
    return rows;
  }

  private String download(String path) throws Exception {
    HttpResponse<byte[]> response = bytes(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
