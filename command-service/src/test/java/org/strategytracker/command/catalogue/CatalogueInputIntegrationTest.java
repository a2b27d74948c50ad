package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.catalogue.ImportClient.Answer;
import org.strategytracker.command.catalogue.ImportClient.Named;
import tools.jackson.databind.JsonNode;

/**
 * Text and dates of every import format obey the same rules as the command API, and a file is
 * bounded before it costs memory: 400 problem+json naming the row and column, nothing stored.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false"
    })
class CatalogueInputIntegrationTest {

  private static final String YAML =
      """
      measures:
        - id: nul-yaml
          title: "TITLE"
          fieldOfAction: "Bildung"
          leadUnit: "FB 45"
          priority: 1
          milestones:
            - id: start
              title: "Start"
              due: DUE
      """;
  private static final String CSV_HEADER = "id,title,fieldOfAction,leadUnit,priority,description\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void rejectsANulInAYamlTitleNamingTheMeasure() {
    Answer answer =
        unchanged(
            () ->
                client()
                    .yaml("", YAML.replace("TITLE", "Schul\\0WLAN").replace("DUE", "2025-01-01")));
    assertProblem(answer, "measures", 1, "title", "control-character");
  }

  @Test
  void rejectsAMilestoneDueBefore1900() {
    Answer answer =
        unchanged(
            () -> client().yaml("", YAML.replace("TITLE", "WLAN").replace("DUE", "0000-01-01")));
    assertProblem(answer, "measures[1].milestones", 1, "due", "date-range");
  }

  @Test
  void rejectsAControlCharacterInACsvDescriptionButKeepsLineBreaks() {
    String csv =
        CSV_HEADER
            + "csv-ok,Portal,Service,FB 11,2,\"Zeile 1\nZeile 2\"\n"
            + "csv-bad,Portal,Service,FB 11,2,\"Glocke \u0007\"\n";
    Answer answer = unchanged(() -> upload("massnahmen.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertProblem(answer, "Massnahmen", 3, "description", "control-character");
    assertThat(answer.body().get("errors")).hasSize(1);
  }

  /** A control character in a cell is stored escaped as {@code _x0007_}, which POI decodes. */
  @Test
  void rejectsAControlCharacterInAnXlsxCellNamingTheRow() {
    byte[] workbook =
        Workbooks.xlsx(
            Map.of(
                "Massnahmen",
                List.of(
                    List.of("id", "title", "fieldOfAction", "leadUnit", "priority"),
                    List.of("xlsx-nul", "Portal", "Ser_x0007_vice", "FB 11", 2))));
    Answer answer = unchanged(() -> upload("katalog.xlsx", workbook));
    assertProblem(answer, "Massnahmen", 2, "fieldOfAction", "control-character");
  }

  @Test
  void rejectsMoreRowsThanOneImportTakesBeforeCheckingThem() {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    for (int i = 0; i <= CatalogueValidator.MAX_ROWS; i++) {
      csv.append("m-").append(i).append(",T,F,FB 11,2,\n");
    }
    Answer answer =
        unchanged(() -> upload("gross.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().get("errors").get(0).get("rule").asString())
        .isEqualTo("too-many-rows");
  }

  @Test
  void rejectsAYamlWithOneVeryLongKeyQuicklyAndBeforeParsingIt() {
    StringBuilder yaml = new StringBuilder("measures:\n  - ");
    yaml.append("k".repeat(9 * 1024 * 1024)).append(": 1\n");
    long started = System.nanoTime();
    Answer answer = unchanged(() -> client().yaml("", yaml.toString()));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(answer.status()).isEqualTo(400);
    JsonNode error = answer.body().get("errors").get(0);
    assertThat(error.get("rule").asString()).isEqualTo("line-length");
    assertThat(error.get("row").asInt()).isEqualTo(2);
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void acceptsAnUploadLargerThanOneMegabyte() {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    String description = "x".repeat(4000);
    for (int i = 0; i < 400; i++) {
      csv.append("gross-").append(i).append(",T,F,FB 11,2,").append(description).append('\n');
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(1_500_000);
    Answer answer = client().upload("?dryRun=true", Map.of("file", new Named("gross.csv", bytes)));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
  }

  private Answer upload(String name, byte[] content) {
    return client().upload("", Map.of("file", new Named(name, content)));
  }

  private ImportClient client() {
    return new ImportClient(port);
  }

  private Answer unchanged(java.util.function.Supplier<Answer> request) {
    long events = count("SELECT count(*) FROM domain_event_entry");
    long maxIndex = count("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    Answer answer = request.get();
    assertThat(count("SELECT count(*) FROM domain_event_entry")).isEqualTo(events);
    assertThat(count("SELECT coalesce(max(global_index), 0) FROM domain_event_entry"))
        .as("no rolled-back inserts either")
        .isEqualTo(maxIndex);
    return answer;
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static void assertProblem(
      Answer answer, String table, int row, String column, String rule) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
    JsonNode error = answer.body().get("errors").get(0);
    assertThat(error.get("table").asString()).isEqualTo(table);
    assertThat(error.get("row").asInt()).isEqualTo(row);
    assertThat(error.get("column").asString()).isEqualTo(column);
    assertThat(error.get("rule").asString()).isEqualTo(rule);
  }
}
