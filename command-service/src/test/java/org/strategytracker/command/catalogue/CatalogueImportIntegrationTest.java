package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "test.context" gives this class a context and a database of its own. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "test.context=catalogue-import"
    })
class CatalogueImportIntegrationTest {

  private static final String CATALOGUE =
      """
      document: "Digitale Strategie der Stadt Musterstadt"
      measures:
        - id: buergerportal
          title: "Bürgerportal"
          fieldOfAction: "Bürgerservice"
          leadUnit: "FB11/400"
          priority: 2
          detailTitle: "Bürgerportal Online"
          collaborators:
            units: ["FB 13"]
            partners: ["regio iT"]
          period: "2023 - 2025"
          milestones:
            - id: ausschreibung
              title: "Ausschreibung"
              due: 2024-03-31
          kpis:
            - id: online-dienste
              name: "Online-Dienste"
              unit: "Anzahl"
              direction: INCREASE
              target: 50
              targetDate: 2025-12-31
        - id: schul-wlan
          title: "WLAN in Schulen"
          fieldOfAction: "Bildung"
          leadUnit: "FB 45"
          coLeadUnits: ["E 26"]
          priority: 1
          period: "fortlaufend"
      """;
  private static final String CHANGED =
      CATALOGUE
          .replace("priority: 2", "priority: 1")
          .replace("due: 2024-03-31", "due: 2024-06-30")
          .replace(
              "  - id: schul-wlan",
              "      - id: nutzerkonten\n        name: \"Nutzerkonten\"\n        unit: \"Anzahl\"\n        direction: INCREASE\n"
                  + "  - id: schul-wlan");

  @LocalServerPort int port;
  private static int catalogues;
  @Autowired JdbcClient jdbc;

  @Test
  void recordsNothingWhenTheSameCatalogueIsImportedTwice() {
    Musterstadt musterstadt = musterstadt();
    ImportClient client = new ImportClient(port);
    assertThat(client.yaml("", musterstadt.catalogue()).status()).isEqualTo(200);
    int before = eventCount();

    ImportClient.Answer again = client.yaml("", musterstadt.catalogue());

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("events").asInt()).isZero();
    assertThat(again.body().path("unchanged").asInt()).isEqualTo(2);
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void recordsExactlyTheChangesOfAChangedCatalogue() {
    Musterstadt musterstadt = musterstadt();
    ImportClient client = new ImportClient(port);
    client.yaml("", musterstadt.catalogue());
    int before = eventCount();

    ImportClient.Answer changed = client.yaml("", musterstadt.changed());

    assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    assertThat(changed.body().path("changed").asInt()).isEqualTo(1);
    List<Event> recorded = eventsAfter(before);
    assertThat(recorded).extracting(Event::measureId).containsOnly(musterstadt.portal());
    assertThat(recorded)
        .extracting(Event::type)
        .containsExactly("PriorityAssigned", "MilestoneRescheduled", "KpiDefined");
    assertThat(recorded)
        .allSatisfy(
            event -> {
              assertThat(event.metadata().path("source").asString()).isEqualTo("import");
              assertThat(event.metadata().path("actorId").asString())
                  .startsWith("u-")
                  .isNotEqualTo("system:import");
              assertThat(event.metadata().path("reason").asString())
                  .isEqualTo(
                      "Import: Digitale Strategie der Stadt Musterstadt (geänderter Katalog)");
            });
  }

  @Test
  void keepsAChangeMadeInTheTrackerThatTheCatalogueDidNotMake() {
    Musterstadt musterstadt = musterstadt();
    ImportClient client = new ImportClient(port);
    client.yaml("", musterstadt.catalogue());
    Api.Response assigned =
        new Api(port)
            .post(
                "/api/v1/measures/" + musterstadt.portal() + "/priority",
                Map.of("priority", 3, "reason", "Haushaltssperre"),
                Api.as("strategie"));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    int before = eventCount();

    assertThat(client.yaml("", musterstadt.catalogue()).body().path("events").asInt()).isZero();
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void reportsWithoutRecordingInADryRun() {
    int before = eventCount();

    ImportClient.Answer dryRun =
        new ImportClient(port).yaml("?dryRun=true", musterstadt().catalogue());

    assertThat(dryRun.status()).isEqualTo(200);
    assertThat(dryRun.body().path("dryRun").asBoolean()).isTrue();
    assertThat(dryRun.body().path("registered").asInt()).isEqualTo(2);
    assertThat(dryRun.body().path("events").asInt()).isEqualTo(4);
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void reportsAliasesAndCoLeadsAndRecordsTheCoLeadAsCollaborator() {
    Musterstadt musterstadt = musterstadt();
    ImportClient.Answer answer = new ImportClient(port).yaml("", musterstadt.catalogue());

    assertThat(answer.body().path("notes").values())
        .extracting(note -> note.path("kind").asString())
        .contains("ALIAS", "CO_LEAD");
    String registered =
        jdbc.sql(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0")
            .param(musterstadt.wlan())
            .query(String.class)
            .single();
    assertThat(JsonMapper.builder().build().readTree(registered).path("collaborators").values())
        .extracting(c -> c.path("name").asString() + "/" + c.path("kind").asString())
        .containsExactly("E 26/UNIT");
  }

  /**
   * The catalogue with measure ids of its own, so that the tests sharing one database do not meet.
   */
  static Musterstadt musterstadt() {
    String suffix = "-" + ++catalogues;
    return new Musterstadt(
        "buergerportal" + suffix,
        "schul-wlan" + suffix,
        CATALOGUE
            .replace("buergerportal", "buergerportal" + suffix)
            .replace("schul-wlan", "schul-wlan" + suffix),
        CHANGED
            .replace("buergerportal", "buergerportal" + suffix)
            .replace("schul-wlan", "schul-wlan" + suffix));
  }

  int eventCount() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Integer.class).single();
  }

  List<Event> eventsAfter(int count) {
    return jdbc.sql(
            "SELECT aggregate_identifier, payload_type, convert_from(meta_data, 'UTF8') FROM domain_event_entry ORDER BY global_index OFFSET ?")
        .param(count)
        .query(
            (rs, row) ->
                new Event(
                    rs.getString(1),
                    rs.getString(2).substring(rs.getString(2).lastIndexOf('.') + 1),
                    JsonMapper.builder().build().readTree(rs.getString(3))))
        .list();
  }

  record Event(String measureId, String type, JsonNode metadata) {}

  record Musterstadt(String portal, String wlan, String catalogue, String changed) {}
}
