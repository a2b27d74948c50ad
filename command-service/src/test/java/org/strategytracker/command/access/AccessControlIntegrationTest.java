package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command endpoint against every role: who is let through, who is turned away, and that a
 * refusal records nothing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false"
    })
class AccessControlIntegrationTest {

  /** Who calls: a demo account, or nobody. */
  enum Caller {
    ANONYMOUS(null),
    VIEWER("rat"),
    AUDITOR("pruefung"),
    OTHER_UNIT("fb11-400"),
    COLLABORATOR("fb45"),
    LEAD("fb61"),
    OFFICE("strategie");

    final String username;

    Caller(String username) {
      this.username = username;
    }

    Map<String, String> headers() {
      return username == null ? Map.of() : Api.as(username);
    }
  }

  /** A command endpoint on measure "sportpark-soers" (led by FB 61, FB 45 collaborating). */
  record Endpoint(String name, String path, String body, Set<Caller> allowed) {}

  static final Set<Caller> LEAD_AND_OFFICE = Set.of(Caller.LEAD, Caller.OFFICE);
  static final Set<Caller> REPORTERS = Set.of(Caller.LEAD, Caller.COLLABORATOR, Caller.OFFICE);
  static final Set<Caller> OFFICE_ONLY = Set.of(Caller.OFFICE);
  static final String M = "/api/v1/measures/sportpark-soers";

  static List<Endpoint> endpoints() {
    return List.of(
        new Endpoint(
            "register",
            "/api/v1/measures",
            "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":1}",
            OFFICE_ONLY),
        new Endpoint(
            "details",
            M + "/details",
            "{\"title\":\"Sportpark Soers\",\"fieldOfAction\":\"Sport und Freizeit\",\"reason\":\"r\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "lead-unit",
            M + "/lead-unit",
            "{\"leadUnit\":\"FB 61\",\"reason\":\"r\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "collaborators",
            M + "/collaborators",
            "{\"name\":\"FB 45\",\"kind\":\"UNIT\"}",
            LEAD_AND_OFFICE),
        new Endpoint("priority", M + "/priority", "{\"priority\":1,\"reason\":\"r\"}", OFFICE_ONLY),
        new Endpoint(
            "period", M + "/period", "{\"period\":\"2022 - ?\",\"reason\":\"r\"}", LEAD_AND_OFFICE),
        new Endpoint(
            "status", M + "/status", "{\"status\":\"PLANNED\",\"reason\":\"r\"}", LEAD_AND_OFFICE),
        new Endpoint(
            "cancel", M + "/status", "{\"status\":\"CANCELLED\",\"reason\":\"r\"}", OFFICE_ONLY),
        new Endpoint("reopen", M + "/reopen", "{\"reason\":\"r\"}", OFFICE_ONLY),
        new Endpoint(
            "progress",
            M + "/progress",
            "{\"percentComplete\":10,\"health\":\"GREEN\"}",
            REPORTERS),
        new Endpoint(
            "milestones",
            M + "/milestones",
            "{\"title\":\"Bauabschnitt\",\"dueDate\":\"2030-01-01\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "reschedule",
            M + "/milestones/masterplan/reschedule",
            "{\"dueDate\":\"2031-01-01\",\"reason\":\"r\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "reached",
            M + "/milestones/masterplan/reached",
            "{\"reachedOn\":\"2024-01-01\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "drop", M + "/milestones/masterplan/drop", "{\"reason\":\"r\"}", LEAD_AND_OFFICE),
        new Endpoint(
            "kpis",
            M + "/kpis",
            "{\"name\":\"Besucher\",\"unit\":\"Anzahl\",\"direction\":\"INCREASE\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "kpi target",
            M + "/kpis/nutzung/target",
            "{\"target\":10,\"reason\":\"r\"}",
            LEAD_AND_OFFICE),
        new Endpoint(
            "kpi values",
            M + "/kpis/nutzung/values",
            "{\"value\":3,\"observedOn\":\"2024-01-01\"}",
            REPORTERS),
        new Endpoint(
            "kpi correction",
            M + "/kpis/nutzung/values/erster/correction",
            "{\"value\":4,\"reason\":\"r\"}",
            REPORTERS));
  }

  static List<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Caller caller : Caller.values()) {
        cases.add(Arguments.of(endpoint.name(), caller, endpoint));
      }
    }
    return cases;
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    if (jdbc.sql(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'sportpark-soers'")
            .query(Long.class)
            .single()
        == 0) {
      Map<String, String> office = Caller.OFFICE.headers();
      api.post(
          "/api/v1/measures",
          Map.of(
              "id",
              "sportpark-soers",
              "title",
              "Sportpark Soers",
              "fieldOfAction",
              "Sport und Freizeit",
              "leadUnit",
              "FB 61",
              "priority",
              1,
              "collaborators",
              List.of(Map.of("name", "FB 45", "kind", "UNIT"))),
          office);
      api.post(
          M + "/milestones",
          Map.of("id", "masterplan", "title", "Masterplan", "dueDate", "2030-01-01"),
          office);
      api.post(
          M + "/kpis",
          Map.of("id", "nutzung", "name", "Nutzung", "unit", "Anzahl", "direction", "INCREASE"),
          office);
      api.post(
          M + "/kpis/nutzung/values",
          Map.of("id", "erster", "value", 1, "observedOn", "2024-01-01"),
          office);
    }
  }

  long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void letsThroughExactlyTheAllowedCallers(String name, Caller caller, Endpoint endpoint) {
    long before = events();
    Api.Response response = api.send("POST", endpoint.path(), endpoint.body(), caller.headers());

    if (endpoint.allowed().contains(caller)) {
      assertThat(response.status()).as(response.body()).isNotIn(401, 403);
    } else {
      assertThat(response.status())
          .as(response.body())
          .isEqualTo(caller == Caller.ANONYMOUS ? 401 : 403);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(events()).isEqualTo(before);
    }
  }

  @Test
  void aParentUnitCoversItsSubUnits() {
    Map<String, String> office = Caller.OFFICE.headers();
    api.post(
        "/api/v1/measures",
        Map.of(
            "id",
            "ozg-umsetzung",
            "title",
            "OZG-Umsetzung",
            "fieldOfAction",
            "Bürger*innenservice & Portale",
            "leadUnit",
            "FB 11/400",
            "priority",
            1),
        office);
    Api.Response response =
        api.post(
            "/api/v1/measures/ozg-umsetzung/progress",
            Map.of("percentComplete", 20, "health", "GREEN"),
            Api.as("fb11"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  @Test
  void aForgedActorHeaderIsIgnored() {
    Map<String, String> headers = new HashMap<>(Caller.LEAD.headers());
    headers.put("X-Actor", "buergermeisterin");
    headers.put("X-Actor-Unit", "Dez. I");
    Api.Response response =
        api.post(M + "/progress", Map.of("percentComplete", 33, "health", "AMBER"), headers);
    assertThat(response.status()).isEqualTo(200);

    byte[] metadata =
        jdbc.sql(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = 'sportpark-soers' ORDER BY sequence_number DESC LIMIT 1")
            .query(byte[].class)
            .single();
    var audit = JsonMapper.builder().build().readTree(metadata);
    assertThat(audit.get("actorId").asString()).startsWith("u-").isNotEqualTo("buergermeisterin");
    assertThat(audit.get("actorUnit").asString()).isEqualTo("FB 61");
  }

  @Test
  void wrongPasswordsAreRefused() {
    Api.Response response =
        api.send(
            "POST",
            M + "/progress",
            "{\"percentComplete\":1,\"health\":\"GREEN\"}",
            Map.of(
                "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("fb61:falsch".getBytes())));
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void auditorsAndTheStrategyOfficeVerifyTheChainButNoOneElse() {
    for (String path :
        List.of(
            "/api/v1/audit/chain/verification",
            "/api/v1/audit/chain/head",
            "/api/v1/audit/chain/anchors",
            "/api/v1/audit/public-key")) {
      assertThat(api.send("GET", path, null, Caller.AUDITOR.headers()).status())
          .as(path)
          .isEqualTo(200);
      assertThat(api.send("GET", path, null, Caller.OFFICE.headers()).status())
          .as(path)
          .isEqualTo(200);
      assertThat(api.send("GET", path, null, Caller.VIEWER.headers()).status())
          .as(path)
          .isEqualTo(403);
      assertThat(api.send("GET", path, null, Caller.LEAD.headers()).status())
          .as(path)
          .isEqualTo(403);
      assertThat(api.send("GET", path, null, Map.of()).status()).as(path).isEqualTo(401);
    }
  }

  @Test
  void onlyAuditorsPublishAnAnchor() {
    assertThat(
            api.send("POST", "/api/v1/audit/chain/anchors", null, Caller.OFFICE.headers()).status())
        .isEqualTo(403);
    assertThat(
            api.send("POST", "/api/v1/audit/chain/anchors", null, Caller.VIEWER.headers()).status())
        .isEqualTo(403);
  }

  @Test
  void answersCarrySecurityHeaders() {
    Api.Response response =
        api.send("GET", "/api/v1/audit/chain/head", null, Caller.AUDITOR.headers());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(response.header("Cache-Control")).contains("no-store");
  }
}
