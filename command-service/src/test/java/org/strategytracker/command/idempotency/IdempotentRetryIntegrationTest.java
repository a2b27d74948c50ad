package org.strategytracker.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;

/**
 * A request retried with its {@code Idempotency-Key}, over real HTTP against the embedded
 * PostgreSQL: the retry gets the first answer byte for byte and the id it names exists; the key
 * with another request is refused; keys are per user; concurrent duplicates store once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false"
    })
class IdempotentRetryIntegrationTest {

  static final Map<String, String> FB61 = Api.as("fb61");
  static final Map<String, String> OFFICE = Api.as("strategie");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void aRetriedKpiValueGetsTheFirstAnswerAndItsLocationNamesTheStoredValue() {
    String measure = measureWithKpi("retry-wert");
    Map<String, Object> value = Map.of("value", 12, "observedOn", "2024-03-31");
    Map<String, String> headers = with(FB61, "wert-1");

    Api.Response first = api.post(kpi(measure) + "/values", value, headers);
    Api.Response retry = api.post(kpi(measure) + "/values", value, headers);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertSameAnswer(retry, first);
    assertThat(events(measure)).isEqualTo(3);
    Api.Response correction =
        api.post(
            first.header("Location") + "/correction",
            Map.of("value", 13, "observedOn", "2024-03-31", "reason", "Tippfehler"),
            FB61);
    assertThat(correction.status()).as(correction.body()).isEqualTo(200);
  }

  @Test
  void aRetriedRegistrationGetsTheFirstAnswerAndItsLocationNamesTheStoredMeasure() {
    Map<String, Object> body =
        Map.of(
            "title", "Ohne Id", "fieldOfAction", "Sonstiges", "leadUnit", "FB 61", "priority", 2);
    Map<String, String> headers = with(OFFICE, "anlegen-1");

    Api.Response first = api.post("/api/v1/measures", body, headers);
    Api.Response retry = api.post("/api/v1/measures", body, headers);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertSameAnswer(retry, first);
    String measure = first.json().get("measureId").asString();
    assertThat(first.header("Location")).isEqualTo("/api/v1/measures/" + measure);
    assertThat(events(measure)).isEqualTo(1);
    Api.Response progress =
        api.post(
            first.header("Location") + "/progress",
            Map.of("percentComplete", 10, "health", "GREEN"),
            OFFICE);
    assertThat(progress.status()).as(progress.body()).isEqualTo(200);
  }

  @Test
  void aRetriedMilestoneGetsTheFirstAnswerAndItsLocationNamesTheStoredMilestone() {
    String measure = register("retry-meilenstein");
    Map<String, Object> body = Map.of("title", "Konzept", "dueDate", "2030-06-30");
    Map<String, String> headers = with(FB61, "meilenstein-1");

    Api.Response first = api.post("/api/v1/measures/" + measure + "/milestones", body, headers);
    Api.Response retry = api.post("/api/v1/measures/" + measure + "/milestones", body, headers);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertSameAnswer(retry, first);
    assertThat(events(measure)).isEqualTo(2);
    Api.Response reached = api.post(first.header("Location") + "/reached", Map.of(), FB61);
    assertThat(reached.status()).as(reached.body()).isEqualTo(200);
  }

  @Test
  void aRetriedKpiDefinitionGetsTheFirstAnswerAndItsLocationNamesTheStoredKpi() {
    String measure = register("retry-kennzahl");
    Map<String, Object> body =
        Map.of("name", "Teilnehmende", "unit", "Anzahl", "direction", "INCREASE");
    Map<String, String> headers = with(FB61, "kennzahl-1");

    Api.Response first = api.post("/api/v1/measures/" + measure + "/kpis", body, headers);
    Api.Response retry = api.post("/api/v1/measures/" + measure + "/kpis", body, headers);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertSameAnswer(retry, first);
    assertThat(events(measure)).isEqualTo(2);
    Api.Response value =
        api.post(
            first.header("Location") + "/values",
            Map.of("value", 1, "observedOn", "2024-01-31"),
            FB61);
    assertThat(value.status()).as(value.body()).isEqualTo(201);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedWith422AndStoresNothing() {
    String measure = measureWithKpi("anderer-inhalt");
    Map<String, String> headers = with(FB61, "wert-2");
    api.post(kpi(measure) + "/values", Map.of("value", 12, "observedOn", "2024-03-31"), headers);

    Api.Response other =
        api.post(
            kpi(measure) + "/values", Map.of("value", 99, "observedOn", "2024-04-30"), headers);

    assertThat(other.status()).as(other.body()).isEqualTo(422);
    assertThat(other.contentType()).startsWith("application/problem+json");
    var error = other.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(error.get("rule").asString()).isEqualTo("key-reused");
    assertThat(error.get("message").asString()).contains("Idempotency-Key", "andere Anfrage");
    assertThat(events(measure)).isEqualTo(3);
  }

  @Test
  void theSameKeyOnAnotherPathIsRefusedWith422AndStoresNothing() {
    String measure = register("anderer-pfad");
    Map<String, String> headers = with(FB61, "pfad-1");
    api.post(
        "/api/v1/measures/" + measure + "/progress",
        Map.of("percentComplete", 50, "health", "GREEN"),
        headers);

    Api.Response other =
        api.post(
            "/api/v1/measures/" + measure + "/priority",
            Map.of("percentComplete", 50, "health", "GREEN"),
            headers);

    assertThat(other.status()).as(other.body()).isEqualTo(422);
    assertThat(other.json().get("errors").get(0).get("field").asString())
        .isEqualTo("Idempotency-Key");
    assertThat(events(measure)).isEqualTo(2);
  }

  @Test
  void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
    String measure = register("abgelehnt-dann-richtig");
    Map<String, String> headers = with(FB61, "fortschritt-1");

    Api.Response refused =
        api.post(
            "/api/v1/measures/" + measure + "/progress",
            Map.of("percentComplete", 150, "health", "GREEN"),
            headers);
    Api.Response corrected =
        api.post(
            "/api/v1/measures/" + measure + "/progress",
            Map.of("percentComplete", 15, "health", "GREEN"),
            headers);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(events(measure)).isEqualTo(2);
  }

  @Test
  void twoUsersWithTheSameKeyBothHaveTheirCommandStored() {
    String measure = register("zwei-nutzer");

    Api.Response department =
        api.post(
            "/api/v1/measures/" + measure + "/progress",
            Map.of("percentComplete", 20, "health", "GREEN"),
            with(FB61, "gleicher-schluessel"));
    Api.Response office =
        api.post(
            "/api/v1/measures/" + measure + "/progress",
            Map.of("percentComplete", 30, "health", "AMBER"),
            with(OFFICE, "gleicher-schluessel"));

    assertThat(department.status()).as(department.body()).isEqualTo(200);
    assertThat(office.status()).as(office.body()).isEqualTo(200);
    assertThat(office.etag()).isNotEqualTo(department.etag());
    assertThat(events(measure)).isEqualTo(3);
  }

  /**
   * The decision for concurrent duplicates: the second waits until the first has committed and then
   * gets its answer; neither is refused with 409.
   */
  @Test
  void concurrentDuplicatesStoreOneValueAndBothGetTheFirstAnswer() {
    String measure = measureWithKpi("gleichzeitig");
    Map<String, Object> value = Map.of("value", 7, "observedOn", "2024-05-31");
    Map<String, String> headers = with(FB61, "gleichzeitig-1");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Response>> answers =
        List.of(1, 2).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitQuietly(start);
                          return api.post(kpi(measure) + "/values", value, headers);
                        }))
            .toList();
    start.countDown();

    Api.Response one = answers.get(0).join();
    Api.Response other = answers.get(1).join();

    assertThat(one.status()).as(one.body()).isEqualTo(201);
    assertSameAnswer(other, one);
    assertThat(events(measure)).isEqualTo(3);
  }

  private static void assertSameAnswer(Api.Response retry, Api.Response first) {
    assertThat(retry.status()).isEqualTo(first.status());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.etag()).isNotNull().isEqualTo(first.etag());
    assertThat(retry.contentType()).isEqualTo(first.contentType());
    assertThat(retry.body()).isEqualTo(first.body());
  }

  private String register(String id) {
    Api.Response response =
        api.post(
            "/api/v1/measures",
            Map.of(
                "id",
                id,
                "title",
                "Ziel",
                "fieldOfAction",
                "Sonstiges",
                "leadUnit",
                "FB 61",
                "priority",
                2),
            OFFICE);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return id;
  }

  private String measureWithKpi(String id) {
    register(id);
    Api.Response kpi =
        api.post(
            "/api/v1/measures/" + id + "/kpis",
            Map.of("id", "k1", "name", "Teilnehmende", "unit", "Anzahl", "direction", "INCREASE"),
            OFFICE);
    assertThat(kpi.status()).as(kpi.body()).isEqualTo(201);
    return id;
  }

  private static String kpi(String measure) {
    return "/api/v1/measures/" + measure + "/kpis/k1";
  }

  private long events(String measure) {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
        .param(measure)
        .query(Long.class)
        .single();
  }

  private static Map<String, String> with(Map<String, String> user, String key) {
    Map<String, String> headers = new HashMap<>(user);
    headers.put("Idempotency-Key", key);
    return headers;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
