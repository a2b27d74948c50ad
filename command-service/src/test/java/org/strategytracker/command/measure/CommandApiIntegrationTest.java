package org.strategytracker.command.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;
import org.strategytracker.platform.axon.UsageReportingOptOut;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.measure.snapshot-threshold=5"
    })
class CommandApiIntegrationTest {

  static final Map<String, String> FB61 = Api.as("fb61");
  static final Map<String, String> OFFICE = Api.as("strategie");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  String register(String id) {
    Api.Response response =
        api.post(
            "/api/v1/measures",
            Map.of(
                "id",
                id,
                "title",
                "Digitale Bürger*innendialoge",
                "fieldOfAction",
                "Bürger*innenpartizipation",
                "leadUnit",
                "FB 61",
                "priority",
                2,
                "period",
                "Q2/22 bis voraussichtlich Q4/23"),
            OFFICE);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return id;
  }

  long events(String id) {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  static Map<String, String> headers(Map<String, String> extra) {
    Map<String, String> headers = new HashMap<>(FB61);
    headers.putAll(extra);
    return headers;
  }

  @Test
  void storesWhoWhenAndWhyWithEveryEvent() {
    String id = register("dialoge-audit");
    Map<String, String> headers = new HashMap<>(OFFICE);
    headers.put("Idempotency-Key", "audit-1");
    Api.Response response =
        api.post(
            "/api/v1/measures/" + id + "/priority",
            Map.of("priority", 1, "reason", "Ratsbeschluss vom 12.3."),
            headers);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.etag()).isEqualTo("\"2\"");

    byte[] metadata =
        jdbc.sql(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1")
            .param(id)
            .query(byte[].class)
            .single();
    JsonNode audit = JsonMapper.builder().build().readTree(metadata);
    assertThat(audit.get("actorId").asString()).startsWith("u-").doesNotContain("strategie");
    assertThat(audit.has("actorRoles")).as("roles stay on the command").isFalse();
    assertThat(audit.get("reason").asString()).isEqualTo("Ratsbeschluss vom 12.3.");
    assertThat(audit.get("source").asString()).isEqualTo("api");
    assertThat(audit.get("idempotencyKey").asString()).isEqualTo("audit-1");
    assertThat(audit.get("correlationId").asString()).isNotBlank();
    String timestamp =
        jdbc.sql(
                "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1")
            .param(id)
            .query(String.class)
            .single();
    assertThat(timestamp).endsWith("Z");
  }

  @Test
  void twoConcurrentCommandsWithTheSameVersionLetExactlyOneWin() throws Exception {
    String id = register("dialoge-race");
    int clients = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int percent = 10 + i;
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                awaitQuietly(start);
                return api.post(
                    "/api/v1/measures/" + id + "/progress",
                    Map.of("percentComplete", percent, "health", "GREEN"),
                    headers(Map.of("If-Match", "\"1\"")));
              }));
    }
    start.countDown();
    List<Integer> statuses =
        answers.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    assertThat(statuses).allMatch(status -> status == 200 || status == 409 || status == 412);
    assertThat(events(id)).isEqualTo(2);
  }

  @Test
  void anIdempotentRetryStoresOneEventAndGetsTheSameAnswer() {
    String id = register("dialoge-retry");
    Map<String, String> headers = headers(Map.of("Idempotency-Key", "retry-42"));
    Map<String, Object> body =
        Map.of("percentComplete", 30, "health", "AMBER", "comment", "Verzug");

    Api.Response first = api.post("/api/v1/measures/" + id + "/progress", body, headers);
    Api.Response second = api.post("/api/v1/measures/" + id + "/progress", body, headers);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.etag()).isEqualTo(first.etag());
    assertThat(events(id)).isEqualTo(2);
  }

  @Test
  void concurrentRetriesWithOneKeyStoreOneEvent() {
    String id = register("dialoge-retry-concurrent");
    Map<String, String> headers = headers(Map.of("Idempotency-Key", "burst-7"));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Response>> answers =
        IntStream.range(0, 6)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitQuietly(start);
                          return api.post(
                              "/api/v1/measures/" + id + "/progress",
                              Map.of("percentComplete", 50, "health", "GREEN"),
                              headers);
                        }))
            .toList();
    start.countDown();

    assertThat(answers.stream().map(CompletableFuture::join).map(Api.Response::status))
        .allMatch(status -> status == 200);
    assertThat(events(id)).isEqualTo(2);
  }

  @Test
  void reusingAKeyForAnotherCommandIsRefusedAsBreakingTheKeyRule() {
    String id = register("dialoge-key-reuse");
    Map<String, String> headers = headers(Map.of("Idempotency-Key", "reuse-1"));
    api.post(
        "/api/v1/measures/" + id + "/progress",
        Map.of("percentComplete", 50, "health", "GREEN"),
        headers);
    Api.Response other =
        api.post(
            "/api/v1/measures/" + id + "/status",
            Map.of("status", "IN_PROGRESS", "reason", "x"),
            headers);
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("errors").get(0).get("rule").asString()).isEqualTo("key-reused");
    assertThat(events(id)).isEqualTo(2);
  }

  @Test
  void aSecondRegistrationOfTheSameIdIsAConflict() {
    String id = register("dialoge-twice");
    Api.Response again =
        api.post(
            "/api/v1/measures",
            Map.of(
                "id", id, "title", "X", "fieldOfAction", "Y", "leadUnit", "FB 61", "priority", 1),
            OFFICE);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(events(id)).isEqualTo(1);
  }

  @Test
  void snapshotsALongStreamAndStillLoadsIt() {
    String id = register("dialoge-snapshot");
    for (int percent = 1; percent <= 12; percent++) {
      assertThat(
              api.post(
                      "/api/v1/measures/" + id + "/progress",
                      Map.of("percentComplete", percent, "health", "GREEN"),
                      FB61)
                  .status())
          .isEqualTo(200);
    }
    long snapshots =
        jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
            .param(id)
            .query(Long.class)
            .single();
    assertThat(snapshots).isPositive();
    Map<String, String> ifMatch = new HashMap<>(OFFICE);
    ifMatch.put("If-Match", "\"13\"");
    Api.Response after =
        api.post(
            "/api/v1/measures/" + id + "/priority",
            Map.of("priority", 3, "reason", "zurückgestellt"),
            ifMatch);
    assertThat(after.status()).as(after.body()).isEqualTo(200);
    assertThat(after.etag()).isEqualTo("\"14\"");
  }

  @Test
  void usageReportingIsOff() {
    assertThat(System.getProperty(UsageReportingOptOut.PROPERTY)).isEqualTo("true");
    assertThat(UsagePropertyProvider.create().getDisabled()).isTrue();
  }

  static List<Arguments> badRequests() {
    return List.of(
        Arguments.of("POST", "/api/v1/measures", "{\"title\":", "body", "malformed-body"),
        Arguments.of(
            "POST",
            "/api/v1/measures",
            "{\"id\":\"Bad Id!\",\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":1}",
            "id",
            "invalid-value"),
        Arguments.of(
            "POST",
            "/api/v1/measures",
            "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":4}",
            "priority",
            "invalid-value"),
        Arguments.of(
            "POST",
            "/api/v1/measures",
            "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\"}",
            "priority",
            "required"),
        Arguments.of(
            "POST",
            "/api/v1/measures",
            "{\"title\":\""
                + "x".repeat(201)
                + "\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":1}",
            "title",
            "length"),
        Arguments.of(
            "POST",
            "/api/v1/measures",
            "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":\"eins\"}",
            "priority",
            "invalid-value"),
        Arguments.of(
            "POST",
            "/api/v1/measures",
            "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":1,\"secret\":1}",
            "secret",
            "unknown-field"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/status",
            "{\"status\":\"FERTIG\",\"reason\":\"x\"}",
            "status",
            "invalid-value"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/status",
            "{\"status\":\"COMPLETED\",\"reason\":\"x\"}",
            "status",
            "status-transition"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/status",
            "{\"status\":\"IN_PROGRESS\"}",
            "reason",
            "reason-required"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/priority",
            "{\"priority\":1,\"reason\":\"x\"}",
            "If-Match",
            "stale-version"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/progress",
            "{\"percentComplete\":120,\"health\":\"GREEN\"}",
            "percentComplete",
            "range"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/milestones/unknown/reached",
            "{}",
            "milestoneId",
            "unknown-milestone"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/kpis/unknown/values",
            "{\"value\":3,\"observedOn\":\"2024-01-01\"}",
            "kpiId",
            "unknown-kpi"),
        Arguments.of(
            "POST",
            "/api/v1/measures/does-not-exist/progress",
            "{\"percentComplete\":10,\"health\":\"GREEN\"}",
            "id",
            "unknown-measure"),
        Arguments.of(
            "POST",
            "/api/v1/measures/dialoge-bad/kpis",
            "{\"name\":\"N\",\"unit\":\"Anzahl\",\"direction\":\"UP\"}",
            "direction",
            "invalid-value"));
  }

  @ParameterizedTest(name = "{0} {1} → rule {4} on {3}")
  @MethodSource("badRequests")
  void badInputAnswersProblemJsonNamingFieldAndRuleAndChangesNothing(
      String method, String path, String body, String field, String rule) {
    if (events("dialoge-bad") == 0) {
      register("dialoge-bad");
      api.post(
          "/api/v1/measures/dialoge-bad/priority",
          Map.of("priority", 1, "reason", "wichtig"),
          OFFICE);
    }
    long before = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    Map<String, String> headers =
        new HashMap<>(
            path.endsWith("/priority") || path.equals("/api/v1/measures") ? OFFICE : FB61);
    if (path.endsWith("/priority")) {
      headers.put("If-Match", "\"1\"");
    }

    Api.Response response = api.send(method, path, body, headers);

    assertThat(response.status()).as(response.body()).isBetween(400, 499);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    assertThat(error.get("rule").asString()).isEqualTo(rule);
    assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
        .isEqualTo(before);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
