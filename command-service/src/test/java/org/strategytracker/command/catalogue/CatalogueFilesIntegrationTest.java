package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.catalogue.ImportClient.Answer;
import org.strategytracker.command.catalogue.ImportClient.Named;

/** "test.context" gives this class a context and a database of its own. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "test.context=catalogue-files"
    })
class CatalogueFilesIntegrationTest {

  static final String MEASURES_HEADER =
      "id,title,fieldOfAction,leadUnit,coLeadUnits,priority,collaboratorUnits,partners,groups,description,measurability,period";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void importsSemicolonSeparatedCsvFilesWithAByteOrderMark() {
    String measures =
        "\uFEFF"
            + MEASURES_HEADER.replace(',', ';')
            + "\n"
            + "csv-portal;Bürgerportal;Bürgerservice;FB11/400;;2;FB 13|FB 20;regio iT;Alle Fachbereiche;\"Portal; online\";Anzahl Dienste;2023 - 2025\n"
            + "csv-wlan;WLAN in Schulen;Bildung;FB 45;E 26;1;;;;;;fortlaufend\n";
    String milestones =
        "measureId;id;title;due\ncsv-portal;ausschreibung;Ausschreibung;31.03.2024\n";
    String kpis =
        "measureId,id,name,unit,direction,baseline,target,targetDate\ncsv-portal,dienste,Online-Dienste,Anzahl,increase,12,\"50,5\",2025-12-31\n";

    Answer answer =
        new ImportClient(port)
            .upload(
                "?document=Strategie Musterstadt",
                Map.of(
                    "file", new Named("massnahmen.csv", bytes(measures)),
                    "milestones", new Named("meilensteine.csv", bytes(milestones)),
                    "kpis", new Named("kennzahlen.csv", bytes(kpis))));

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.body().path("registered").asInt()).isEqualTo(2);
    assertThat(types("csv-portal"))
        .containsExactly("MeasureRegistered", "MilestonePlanned", "KpiDefined");
    assertThat(payload("csv-portal", 0))
        .contains(
            "\"description\":\"Portal; online\"",
            "\"code\":\"FB 11/400\"",
            "\"name\":\"FB 20\"",
            "\"name\":\"regio iT\",\"kind\":\"PARTNER\"",
            "\"kind\":\"GROUP\"");
    assertThat(payload("csv-portal", 1)).contains("\"dueDate\":\"2024-03-31\"");
    assertThat(payload("csv-portal", 2))
        .contains("\"direction\":\"INCREASE\"", "\"target\":50.5", "\"baseline\":12");
    assertThat(metadata("csv-portal", 0))
        .contains("\"reason\":\"Import: Strategie Musterstadt\"", "\"source\":\"import\"");
  }

  @Test
  void importsAnXlsxWorkbookWithItsMilestoneAndKpiSheets() {
    byte[] workbook =
        Workbooks.xlsx(
            Map.of(
                "Massnahmen",
                    List.of(
                        List.of(
                            "id",
                            "title",
                            "fieldOfAction",
                            "leadUnit",
                            "priority",
                            "collaboratorUnits",
                            "period"),
                        List.of(
                            "xlsx-portal",
                            "Bürgerportal",
                            "Bürgerservice",
                            "FB 11/400",
                            2,
                            "FB 13|FB 20",
                            "Q1/2023 – Q3/2024")),
                "Meilensteine",
                    List.of(
                        List.of("measureId", "id", "title", "due"),
                        List.of(
                            "xlsx-portal", "go-live", "Inbetriebnahme", LocalDate.of(2024, 6, 30))),
                "Kennzahlen",
                    List.of(
                        List.of(
                            "measureId", "id", "name", "unit", "direction", "target", "targetDate"),
                        List.of(
                            "xlsx-portal",
                            "nutzer",
                            "Nutzerkonten",
                            "Anzahl",
                            "INCREASE",
                            1500,
                            LocalDate.of(2024, 12, 31)))));

    Answer answer =
        new ImportClient(port).upload("", Map.of("file", new Named("musterstadt.xlsx", workbook)));

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.body().path("document").asString()).isEqualTo("musterstadt");
    assertThat(types("xlsx-portal"))
        .containsExactly("MeasureRegistered", "MilestonePlanned", "KpiDefined");
    assertThat(payload("xlsx-portal", 0))
        .contains("\"priority\":{\"level\":2}", "\"kind\":\"RANGE\"");
    assertThat(payload("xlsx-portal", 1)).contains("\"dueDate\":\"2024-06-30\"");
    assertThat(payload("xlsx-portal", 2))
        .contains("\"target\":1500", "\"targetDate\":\"2024-12-31\"");
  }

  @Test
  void rejectsABadCsvNamingRowColumnAndRuleAndRecordsNothing() {
    int before = eventCount();
    String measures =
        MEASURES_HEADER
            + "\n"
            + "bad-priority,Portal,Service,FB 11,,4,,,,,,\n"
            + "bad-title,,Service,FB 11,,1,,,,,,\n"
            + "bad-priority,Doppelt,Service,FB 11,,1,,,,,,\n";
    String milestones = "measureId,id,title,due\nunbekannt,start,Start,2024-01-31\n";
    String kpis = "measureId,id,name,unit,direction\nbad-title,nutzer,Nutzer,Anzahl,UP\n";

    Answer answer =
        new ImportClient(port)
            .upload(
                "",
                Map.of(
                    "file",
                    new Named("m.csv", bytes(measures)),
                    "milestones",
                    new Named("ms.csv", bytes(milestones)),
                    "kpis",
                    new Named("k.csv", bytes(kpis))));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("errors").values())
        .extracting(
            e ->
                tuple(
                    e.path("table").asString(),
                    e.path("row").asInt(),
                    e.path("column").asString(),
                    e.path("rule").asString()))
        .containsExactlyInAnyOrder(
            tuple("Massnahmen", 2, "priority", "priority-range"),
            tuple("Massnahmen", 3, "title", "required"),
            tuple("Massnahmen", 4, "id", "duplicate-id"),
            tuple("Meilensteine", 2, "measureId", "unknown-measure"),
            tuple("Kennzahlen", 2, "direction", "direction"));
    assertThat(answer.body().path("errors").get(0).path("message").asString())
        .contains("„4“", "1, 2 oder 3");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void rejectsABadXlsxNamingRowColumnAndRuleAndRecordsNothing() {
    int before = eventCount();
    byte[] workbook =
        Workbooks.xlsx(
            Map.of(
                "Massnahmen",
                    List.of(
                        List.of("id", "title", "fieldOfAction", "leadUnit", "priority"),
                        List.of("xlsx-ok", "Gut", "Service", "FB 11", 1),
                        List.of("xlsx-bad", "Schlecht", "Service", "FB 11", 4)),
                "Kennzahlen",
                    List.of(
                        List.of("measureId", "id", "name", "unit", "direction", "target"),
                        List.of("xlsx-ok", "k", "Kennzahl", "Anzahl", "sinkt", "viele"))));

    Answer answer =
        new ImportClient(port).upload("", Map.of("file", new Named("schlecht.xlsx", workbook)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("errors").values())
        .extracting(
            e ->
                tuple(
                    e.path("table").asString(),
                    e.path("row").asInt(),
                    e.path("column").asString(),
                    e.path("rule").asString()))
        .containsExactlyInAnyOrder(
            tuple("Massnahmen", 3, "priority", "priority-range"),
            tuple("Kennzahlen", 2, "direction", "direction"),
            tuple("Kennzahlen", 2, "target", "number-format"));
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void leavesTheStoreUnchangedWhenTheMeasureRejectsACommandHalfwayThroughTheImport() {
    int before = eventCount();
    String measures =
        MEASURES_HEADER
            + "\nhalf-one,Eins,Service,FB 11,,1,,,,,,\nhalf-two,Zwei,Service,FB 11,,2,,,,,,\n";
    String kpis =
        "measureId,id,name,unit,direction,target\nhalf-two,quote,Quote,Prozent,INCREASE,\"0,1234567\"\n";

    Answer answer =
        new ImportClient(port)
            .upload(
                "",
                Map.of(
                    "file",
                    new Named("m.csv", bytes(measures)),
                    "kpis",
                    new Named("k.csv", bytes(kpis))));

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
    assertThat(answer.body().path("errors").values())
        .extracting(
            e ->
                tuple(
                    e.path("table").asString(),
                    e.path("row").asInt(),
                    e.path("column").asString(),
                    e.path("rule").asString()))
        .containsExactly(tuple("Kennzahlen", 2, "target", "range"));
    assertThat(eventCount()).isEqualTo(before);
    assertThat(types("half-one")).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private int eventCount() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Integer.class).single();
  }

  private List<String> types(String measureId) {
    return jdbc
        .sql(
            "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
        .param(measureId)
        .query(String.class)
        .list()
        .stream()
        .map(type -> type.substring(type.lastIndexOf('.') + 1))
        .toList();
  }

  private String payload(String measureId, int sequence) {
    return column("payload", measureId, sequence);
  }

  private String metadata(String measureId, int sequence) {
    return column("meta_data", measureId, sequence);
  }

  private String column(String column, String measureId, int sequence) {
    return jdbc.sql(
            "SELECT convert_from("
                + column
                + ", 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
        .params(measureId, sequence)
        .query(String.class)
        .single();
  }
}
