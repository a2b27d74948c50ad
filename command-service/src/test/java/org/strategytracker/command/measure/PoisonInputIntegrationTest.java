package org.strategytracker.command.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import tools.jackson.databind.JsonNode;

/**
 * Text a PostgreSQL column refuses (U+0000), other control characters, unpaired surrogates, dates
 * outside 1900–2200 and lenient JSON are refused at the door: 400 problem+json naming the field,
 * and the event store is exactly as before.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false"
    })
class PoisonInputIntegrationTest {

  static final Map<String, String> OFFICE = Api.as("strategie");
  static final String M = "/api/v1/measures/gift";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    boolean registered =
        jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'gift'")
                .query(Long.class)
                .single()
            > 0;
    if (registered) {
      return;
    }
    ok(api.post("/api/v1/measures", register("gift"), OFFICE));
    ok(api.post(M + "/milestones", Map.of("id", "ms-1", "title", "Start"), OFFICE));
    ok(
        api.post(
            M + "/kpis",
            Map.of("id", "kpi-1", "name", "Anzahl", "unit", "Stück", "direction", "INCREASE"),
            OFFICE));
    ok(
        api.post(
            M + "/kpis/kpi-1/values",
            Map.of("id", "val-1", "value", 3, "observedOn", "2024-05-01"),
            OFFICE));
  }

  static Map<String, Object> register(String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("title", "Vergiftete Eingaben");
    body.put("fieldOfAction", "Verwaltung");
    body.put("leadUnit", "FB 61");
    body.put("priority", 2);
    body.put("description", "Beschreibung");
    body.put("measurability", "Messbar");
    body.put("period", "2024 bis 2026");
    body.put("reason", "Ratsbeschluss");
    return body;
  }

  /** Every command endpoint with a valid body, and each of its text fields. */
  static Stream<Arguments> textFields() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, Object> register = register("gift-neu");
    register.put("collaborators", List.of(Map.of("name", "regio iT", "kind", "PARTNER")));
    for (String field :
        List.of(
            "id",
            "title",
            "fieldOfAction",
            "leadUnit",
            "description",
            "measurability",
            "period",
            "reason")) {
      cases.add(Arguments.of("/api/v1/measures", register, field));
    }
    cases.add(Arguments.of("/api/v1/measures", register, "collaborators[0].name"));
    Map<String, Object> details =
        Map.of(
            "title",
            "T",
            "fieldOfAction",
            "F",
            "description",
            "D",
            "measurability",
            "M",
            "reason",
            "R");
    for (String field : details.keySet()) {
      cases.add(Arguments.of(M + "/details", details, field));
    }
    cases.add(
        Arguments.of(M + "/lead-unit", Map.of("leadUnit", "FB 45", "reason", "R"), "leadUnit"));
    cases.add(Arguments.of(M + "/lead-unit", Map.of("leadUnit", "FB 45", "reason", "R"), "reason"));
    cases.add(
        Arguments.of(M + "/collaborators", Map.of("name", "RWTH", "kind", "PARTNER"), "name"));
    cases.add(Arguments.of(M + "/priority", Map.of("priority", 1, "reason", "R"), "reason"));
    cases.add(Arguments.of(M + "/period", Map.of("period", "2025", "reason", "R"), "period"));
    cases.add(Arguments.of(M + "/period", Map.of("period", "2025", "reason", "R"), "reason"));
    cases.add(
        Arguments.of(M + "/status", Map.of("status", "IN_PROGRESS", "reason", "R"), "reason"));
    cases.add(
        Arguments.of(M + "/reopen", Map.of("status", "IN_PROGRESS", "reason", "R"), "reason"));
    cases.add(
        Arguments.of(
            M + "/progress",
            Map.of("percentComplete", 40, "health", "GREEN", "comment", "C"),
            "comment"));
    cases.add(Arguments.of(M + "/milestones", Map.of("id", "ms-2", "title", "T"), "id"));
    cases.add(Arguments.of(M + "/milestones", Map.of("id", "ms-2", "title", "T"), "title"));
    cases.add(
        Arguments.of(
            M + "/milestones/ms-1/reschedule",
            Map.of("dueDate", "2025-01-01", "reason", "R"),
            "reason"));
    cases.add(Arguments.of(M + "/milestones/ms-1/reached", Map.of("comment", "C"), "comment"));
    cases.add(Arguments.of(M + "/milestones/ms-1/drop", Map.of("reason", "R"), "reason"));
    Map<String, Object> kpi =
        Map.of("id", "kpi-2", "name", "N", "unit", "U", "direction", "INCREASE");
    for (String field : List.of("id", "name", "unit")) {
      cases.add(Arguments.of(M + "/kpis", kpi, field));
    }
    cases.add(Arguments.of(M + "/kpis/kpi-1/target", Map.of("target", 9, "reason", "R"), "reason"));
    Map<String, Object> value = Map.of("id", "val-2", "value", 4, "comment", "C");
    cases.add(Arguments.of(M + "/kpis/kpi-1/values", value, "id"));
    cases.add(Arguments.of(M + "/kpis/kpi-1/values", value, "comment"));
    cases.add(
        Arguments.of(
            M + "/kpis/kpi-1/values/val-1/correction",
            Map.of("value", 5, "reason", "R"),
            "reason"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("textFields")
  void rejectsNulInEveryTextFieldOfEveryCommand(
      String path, Map<String, Object> valid, String field) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    if (field.startsWith("collaborators")) {
      body.put("collaborators", List.of(Map.of("name", "regio\u0000iT", "kind", "PARTNER")));
    } else {
      body.put(field, "a\u0000b");
    }
    assertRejected(() -> api.post(path, body, OFFICE), field, "control-character");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queryParameters")
  void rejectsNulInQueryParametersOfTheRemovalOfACollaborator(String parameter) {
    Map<String, String> query = new LinkedHashMap<>(Map.of("name", "RWTH", "kind", "PARTNER"));
    query.put("reason", "R");
    query.put(parameter, "a\u0000b");
    StringBuilder url = new StringBuilder(M + "/collaborators?");
    query.forEach(
        (k, v) ->
            url.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
    assertRejected(
        () -> api.send("DELETE", url.toString(), null, OFFICE), parameter, "control-character");
  }

  static Stream<String> queryParameters() {
    return Stream.of("name", "reason");
  }

  @Test
  void rejectsAnUnpairedSurrogateInAReason() {
    assertRejected(
        () ->
            api.post(
                M + "/status", "{\"status\":\"IN_PROGRESS\",\"reason\":\"a\\ud800b\"}", OFFICE),
        "reason",
        "unpaired-surrogate");
  }

  @Test
  void rejectsALineBreakInATitleButKeepsItInAReason() {
    Map<String, Object> body =
        Map.of(
            "title",
            "Zwei\nZeilen",
            "fieldOfAction",
            "F",
            "description",
            "D",
            "measurability",
            "M");
    assertRejected(() -> api.post(M + "/details", body, OFFICE), "title", "control-character");

    Api.Response accepted =
        api.post(
            M + "/status",
            Map.of("status", "IN_PROGRESS", "reason", "Erste Zeile\r\n\tzweite Zeile"),
            OFFICE);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
  }

  @Test
  void rejectsAFractionalPercentage() {
    assertRejected(
        () -> api.post(M + "/progress", "{\"percentComplete\":50.5,\"health\":\"GREEN\"}", OFFICE),
        "percentComplete",
        "invalid-value");
  }

  @Test
  void rejectsAPercentageWrittenAsText() {
    assertRejected(
        () ->
            api.post(M + "/progress", "{\"percentComplete\":\"50\",\"health\":\"GREEN\"}", OFFICE),
        "percentComplete",
        "invalid-value");
  }

  @Test
  void rejectsAMeasuredValueWrittenAsText() {
    assertRejected(
        () -> api.post(M + "/kpis/kpi-1/values", "{\"value\":\"4\"}", OFFICE),
        "value",
        "invalid-value");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertRejected(
        () ->
            api.post(
                M + "/status",
                "{\"status\":\"IN_PROGRESS\",\"reason\":\"a\",\"reason\":\"b\"}",
                OFFICE),
        "reason",
        "duplicate-key");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dates")
  void rejectsDatesOutsideTheYearsOfACityStrategy(String path, String field, String body) {
    assertRejected(() -> api.post(path, body, OFFICE), field, "date-range");
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(M + "/milestones/ms-1/reached", "reachedOn", "{\"reachedOn\":\"0000-01-01\"}"),
        Arguments.of(
            M + "/milestones",
            "dueDate",
            "{\"id\":\"ms-3\",\"title\":\"T\",\"dueDate\":\"1899-12-31\"}"),
        Arguments.of(
            M + "/milestones/ms-1/reschedule",
            "dueDate",
            "{\"dueDate\":\"2201-01-01\",\"reason\":\"R\"}"),
        Arguments.of(
            M + "/kpis/kpi-1/values",
            "observedOn",
            "{\"value\":1,\"observedOn\":\"+10000-01-01\"}"),
        Arguments.of(
            M + "/kpis/kpi-1/target",
            "targetDate",
            "{\"target\":1,\"targetDate\":\"2999-01-01\",\"reason\":\"R\"}"),
        Arguments.of(
            M + "/kpis/kpi-1/values/val-1/correction",
            "observedOn",
            "{\"value\":1,\"observedOn\":\"1000-01-01\",\"reason\":\"R\"}"));
  }

  @Test
  void acceptsTheFirstAndLastDayOfTheRange() {
    ok(
        api.post(
            M + "/milestones",
            Map.of("id", "ms-first", "title", "T", "dueDate", "1900-01-01"),
            OFFICE));
    ok(
        api.post(
            M + "/milestones",
            Map.of("id", "ms-last", "title", "T", "dueDate", "2200-12-31"),
            OFFICE));
  }

  private void assertRejected(
      java.util.function.Supplier<Api.Response> request, String field, String rule) {
    long events = events();
    long maxIndex = maxGlobalIndex();
    Api.Response response = request.get();
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    assertThat(error.get("rule").asString()).isEqualTo(rule);
    assertThat(error.get("message").asString()).contains(field);
    assertThat(events()).as("nothing stored").isEqualTo(events);
    assertThat(maxGlobalIndex()).as("nothing stored").isEqualTo(maxIndex);
  }

  private static void ok(Api.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 201);
  }

  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  private long maxGlobalIndex() {
    return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }
}
