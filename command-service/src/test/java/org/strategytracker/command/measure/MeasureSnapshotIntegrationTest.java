package org.strategytracker.command.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A measure loaded from its snapshot, with the cache emptied so that it really is, keeps its team,
 * milestones and KPIs; a snapshot in the shape from before the entities (no revision) is passed
 * over and the measure is rebuilt from its events.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.measure.snapshot-threshold=3"
    })
class MeasureSnapshotIntegrationTest {

  static final Map<String, String> OFFICE = Api.as("strategie");
  static final Map<String, String> COLLABORATOR = Api.as("fb45");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("measureCache")
  Cache cache;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void keepsTeamMilestonesAndKpisThroughASnapshot() {
    String id = measureWithEntities("snapshot-entities");
    await().until(() -> latestSnapshot(id) != null);
    assertThat(latestSnapshot(id).get("payload_revision")).isEqualTo("2");

    cache.removeAll();

    assertRejected(reachPhase1(id), 422, "milestone-reached");
    assertRejected(recordValue1(id), 422, "value-exists");
    assertRejected(
        post(id, "/milestones/phase-9/drop", Map.of("reason", "x")), 404, "unknown-milestone");
    assertRejected(post(id, "/kpis/nichts/values", value("wert-2")), 404, "unknown-kpi");
    Api.Response sameValue =
        post(id, "/kpis/dienste/values/wert-1/correction", Map.of("value", 4, "reason", "geprüft"));
    assertThat(sameValue.status()).as(sameValue.body()).isEqualTo(200);
    assertThat(sameValue.etag())
        .as("a correction to the recorded value changes nothing")
        .isEqualTo("\"8\"");
    Api.Response byCollaborator =
        api.post(
            "/api/v1/measures/" + id + "/progress",
            Map.of("percentComplete", 60, "health", "GREEN"),
            COLLABORATOR);
    assertThat(byCollaborator.status()).as(byCollaborator.body()).isEqualTo(200);
    assertThat(byCollaborator.etag()).isEqualTo("\"9\"");
  }

  @Test
  void passesOverASnapshotFromBeforeTheEntitiesAndRebuildsFromEvents() {
    String id = measureWithEntities("snapshot-old-shape");
    await().until(() -> latestSnapshot(id) != null);
    Map<String, Object> current = latestSnapshot(id);
    String oldShape = oldShape(new String((byte[]) current.get("payload"), StandardCharsets.UTF_8));
    jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?").param(id).update();
    jdbc.sql(
            """
            INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type,
              event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (?, 7, ?, ?, ?, ?, NULL, ?, ?)""")
        .params(
            id,
            current.get("type"),
            UUID.randomUUID().toString(),
            current.get("time_stamp"),
            current.get("payload_type"),
            oldShape.getBytes(StandardCharsets.UTF_8),
            current.get("meta_data"))
        .update();

    cache.removeAll();

    assertRejected(reachPhase1(id), 422, "milestone-reached");
    assertRejected(recordValue1(id), 422, "value-exists");
    Api.Response progress =
        api.post(
            "/api/v1/measures/" + id + "/progress",
            Map.of("percentComplete", 60, "health", "GREEN"),
            COLLABORATOR);
    assertThat(progress.status()).as(progress.body()).isEqualTo(200);
    assertThat(progress.etag()).isEqualTo("\"9\"");
  }

  /** Eight events: registered, planned, reached, defined, recorded and three progress reports. */
  String measureWithEntities(String id) {
    Map<String, Object> register = new HashMap<>();
    register.put("id", id);
    register.put("title", "Digitale Bürger*innendialoge");
    register.put("fieldOfAction", "Bürger*innenpartizipation");
    register.put("leadUnit", "FB 61");
    register.put("collaborators", List.of(Map.of("name", "FB 45", "kind", "UNIT")));
    register.put("priority", 2);
    assertThat(api.post("/api/v1/measures", register, OFFICE).status()).isEqualTo(201);
    assertThat(
            post(
                    id,
                    "/milestones",
                    Map.of("id", "phase-1", "title", "Phase 1", "dueDate", "2024-03-31"))
                .status())
        .isEqualTo(201);
    assertThat(reachPhase1(id).status()).isEqualTo(200);
    assertThat(
            post(
                    id,
                    "/kpis",
                    Map.of(
                        "id",
                        "dienste",
                        "name",
                        "Online-Dienste",
                        "unit",
                        "Anzahl",
                        "direction",
                        "INCREASE",
                        "target",
                        10))
                .status())
        .isEqualTo(201);
    assertThat(recordValue1(id).status()).isEqualTo(201);
    for (int percent = 10; percent <= 30; percent += 10) {
      assertThat(
              post(id, "/progress", Map.of("percentComplete", percent, "health", "GREEN")).status())
          .isEqualTo(200);
    }
    return id;
  }

  Api.Response reachPhase1(String id) {
    return post(id, "/milestones/phase-1/reached", Map.of("reachedOn", "2024-06-01"));
  }

  Api.Response recordValue1(String id) {
    return post(id, "/kpis/dienste/values", value("wert-1"));
  }

  static Map<String, Object> value(String valueId) {
    return Map.of("id", valueId, "value", 4, "observedOn", "2024-05-31");
  }

  Api.Response post(String id, String path, Map<String, Object> body) {
    return api.post("/api/v1/measures/" + id + path, body, OFFICE);
  }

  static void assertRejected(Api.Response response, int status, String rule) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"" + rule + "\"");
  }

  Map<String, Object> latestSnapshot(String id) {
    return jdbc
        .sql(
            "SELECT * FROM snapshot_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1")
        .param(id)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The snapshot as the measure was serialised before its entities: lead unit and collaborators on
   * the measure, milestones and KPIs as maps from id to state.
   */
  static String oldShape(String snapshot) {
    ObjectNode measure = (ObjectNode) JSON.readTree(snapshot);
    JsonNode team = measure.remove("team");
    measure.set("leadUnit", team.get("leadUnit"));
    measure.set("collaborators", team.get("collaborators"));
    ObjectNode milestones = JSON.createObjectNode();
    for (JsonNode milestone : measure.remove("milestones")) {
      ObjectNode state = ((ObjectNode) milestone).deepCopy();
      state.remove("milestoneId");
      milestones.set(milestone.get("milestoneId").get("value").asString(), state);
    }
    measure.set("milestones", milestones);
    ObjectNode kpis = JSON.createObjectNode();
    for (JsonNode kpi : measure.remove("kpis")) {
      ObjectNode state = ((ObjectNode) kpi).deepCopy();
      state.remove("kpiId");
      kpis.set(kpi.get("kpiId").get("value").asString(), state);
    }
    measure.set("kpis", kpis);
    return JSON.writeValueAsString(measure);
  }
}
