package org.strategytracker.command.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command endpoint under random and hostile input — bodies (random JSON, wrong types, huge
 * and exotic strings, nulls, deep nesting, broken JSON), headers (If-Match, Idempotency-Key,
 * Content-Type, X-Source) and paths (traversal, NUL bytes, encoded slashes, very long ids): the
 * service never answers 500, and a request it rejects leaves the event store exactly as it was.
 * Fixed seeds, so a failure can be replayed.
 */
class CommandFuzzingTest {

  static final String MEASURE = "fuzz-ziel";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Map<String, AtomicInteger> STATUSES =
      new java.util.concurrent.ConcurrentSkipListMap<>();
  static SignedInService service;
  final HttpClient http = HttpClient.newHttpClient();

  /** The command endpoints, each with a body it accepts (in a fitting state of the measure). */
  record Endpoint(String method, String path, Map<String, Object> validBody) {}

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint(
              "POST",
              "/api/v1/measures",
              Map.of(
                  "title",
                  "Neu",
                  "fieldOfAction",
                  "Sonstiges",
                  "leadUnit",
                  "FB 61",
                  "priority",
                  2)),
          new Endpoint(
              "POST",
              "/{id}/details",
              Map.of("title", "Titel", "fieldOfAction", "Sonstiges", "reason", "Text")),
          new Endpoint(
              "POST", "/{id}/lead-unit", Map.of("leadUnit", "FB 45", "reason", "Zuständigkeit")),
          new Endpoint("POST", "/{id}/collaborators", Map.of("name", "FB 20", "kind", "UNIT")),
          new Endpoint("DELETE", "/{id}/collaborators?name=FB%2020", Map.of()),
          new Endpoint("POST", "/{id}/priority", Map.of("priority", 1, "reason", "dringend")),
          new Endpoint("POST", "/{id}/period", Map.of("period", "2024 - 2027", "reason", "Plan")),
          new Endpoint("POST", "/{id}/status", Map.of("status", "IN_PROGRESS", "reason", "Start")),
          new Endpoint("POST", "/{id}/reopen", Map.of("status", "IN_PROGRESS", "reason", "wieder")),
          new Endpoint(
              "POST",
              "/{id}/progress",
              Map.of("percentComplete", 10, "health", "GREEN", "comment", "läuft")),
          new Endpoint(
              "POST", "/{id}/milestones", Map.of("title", "Meilenstein", "dueDate", "2030-01-01")),
          new Endpoint(
              "POST",
              "/{id}/milestones/m1/reschedule",
              Map.of("dueDate", "2030-02-01", "reason", "Verzug")),
          new Endpoint(
              "POST",
              "/{id}/milestones/m1/reached",
              Map.of("reachedOn", "2024-01-01", "comment", "geschafft")),
          new Endpoint("POST", "/{id}/milestones/m1/drop", Map.of("reason", "entfällt")),
          new Endpoint(
              "POST",
              "/{id}/kpis",
              Map.of("name", "Kennzahl", "unit", "Anzahl", "direction", "INCREASE")),
          new Endpoint(
              "POST",
              "/{id}/kpis/k1/target",
              Map.of("target", 50, "targetDate", "2030-01-01", "reason", "Ziel")),
          new Endpoint(
              "POST", "/{id}/kpis/k1/values", Map.of("value", 3, "observedOn", "2024-01-01")),
          new Endpoint(
              "POST",
              "/{id}/kpis/k1/values/v1/correction",
              Map.of("value", 4, "observedOn", "2024-01-01", "reason", "Tippfehler")));

  @BeforeContainer
  static void start() {
    service = new SignedInService();
    service.api.post(
        "/api/v1/measures",
        Map.of(
            "id",
            MEASURE,
            "title",
            "Ziel",
            "fieldOfAction",
            "Sonstiges",
            "leadUnit",
            "FB 61",
            "priority",
            2),
        service.office);
    service.api.post(
        "/api/v1/measures/" + MEASURE + "/milestones",
        Map.of("id", "m1", "title", "M", "dueDate", "2030-01-01"),
        service.office);
    service.api.post(
        "/api/v1/measures/" + MEASURE + "/kpis",
        Map.of("id", "k1", "name", "K", "unit", "Anzahl", "direction", "INCREASE"),
        service.office);
    service.api.post(
        "/api/v1/measures/" + MEASURE + "/kpis/k1/values",
        Map.of("id", "v1", "value", 1, "observedOn", "2024-01-01"),
        service.office);
  }

  @AfterContainer
  static void stop() {
    System.out.println("Answers of the fuzzing properties by status: " + STATUSES);
    service.close();
  }

  @Property(tries = 300, seed = "4711")
  void randomBodiesNeverFailTheServerNorChangeTheStoreWhenRejected(
      @ForAll("endpoints") Endpoint endpoint, @ForAll("randomJson") String body) throws Exception {
    holds(request(endpoint, MEASURE, body, Map.of()));
  }

  @Property(tries = 400, seed = "4712")
  void validBodiesWithOneHostileValueNeverFailTheServerNorChangeTheStoreWhenRejected(
      @ForAll("endpoints") Endpoint endpoint,
      @ForAll("hostileValues") Object value,
      @ForAll("fieldChoice") int field)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(endpoint.validBody());
    List<String> fields = new ArrayList<>(body.keySet());
    fields.add("unbekannt");
    body.put(fields.get(field % fields.size()), value);
    holds(request(endpoint, MEASURE, JSON.writeValueAsString(body), Map.of()));
  }

  @Property(tries = 300, seed = "4713")
  void hostileHeadersNeverFailTheServerNorChangeTheStoreWhenRejected(
      @ForAll("endpoints") Endpoint endpoint,
      @ForAll("headerNames") String header,
      @ForAll("headerValues") String value)
      throws Exception {
    holds(
        request(
            endpoint,
            MEASURE,
            JSON.writeValueAsString(endpoint.validBody()),
            Map.of(header, value)));
  }

  @Property(tries = 300, seed = "4714")
  void hostilePathsNeverFailTheServerNorChangeTheStoreWhenRejected(
      @ForAll("endpoints") Endpoint endpoint, @ForAll("pathSegments") String id) throws Exception {
    holds(request(endpoint, id, JSON.writeValueAsString(endpoint.validBody()), Map.of()));
  }

  private void holds(HttpRequest request) throws Exception {
    String before = service.storeFingerprint();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    STATUSES
        .computeIfAbsent(Integer.toString(response.statusCode()), s -> new AtomicInteger())
        .incrementAndGet();
    assertThat(response.statusCode())
        .as("%s %s → %s", request.method(), request.uri(), response.body())
        .isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(service.storeFingerprint())
          .as("a rejected %s %s changed the store", request.method(), request.uri())
          .isEqualTo(before);
    }
  }

  private HttpRequest request(
      Endpoint endpoint, String id, String body, Map<String, String> headers) {
    String path =
        endpoint.path().startsWith("/{id}")
            ? "/api/v1/measures/" + id + endpoint.path().substring("/{id}".length())
            : endpoint.path();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service.baseUrl + path))
            .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
    Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
    all.putAll(service.office);
    headers.forEach(
        (name, value) -> all.keySet().removeIf(existing -> existing.equalsIgnoreCase(name)));
    all.putAll(headers);
    all.forEach(request::header);
    return request.build();
  }

  @Provide
  Arbitrary<Endpoint> endpoints() {
    return Arbitraries.of(ENDPOINTS);
  }

  @Provide
  Arbitrary<Integer> fieldChoice() {
    return Arbitraries.integers().between(0, 20);
  }

  @Provide
  Arbitrary<String> randomJson() {
    Arbitrary<String> valid =
        json(3)
            .map(
                node -> {
                  try {
                    return JSON.writeValueAsString(node);
                  } catch (RuntimeException e) {
                    return "{}";
                  }
                });
    Arbitrary<String> broken =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(200),
            Arbitraries.of(
                "",
                "{",
                "}",
                "[",
                "null",
                "{\"a\":}",
                "{\"title\":\"x\",}",
                "{'title':'x'}",
                "\u0000",
                "{\"a\":1}{\"b\":2}",
                "[".repeat(5000),
                "{\"a\":".repeat(3000),
                "{\"priority\":1e999999}",
                "{\"percentComplete\":99999999999999999999999}",
                "\uFEFF{}",
                "{\"title\":\"\uD800\"}"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(1, broken));
  }

  /**
   * Random JSON values up to a depth: objects with known and unknown field names, arrays, scalars
   * of every type.
   */
  private Arbitrary<Object> json(int depth) {
    Arbitrary<Object> scalar = hostileValues();
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(
                "id",
                "title",
                "fieldOfAction",
                "leadUnit",
                "priority",
                "period",
                "reason",
                "status",
                "percentComplete",
                "health",
                "comment",
                "dueDate",
                "reachedOn",
                "name",
                "kind",
                "unit",
                "direction",
                "baseline",
                "target",
                "targetDate",
                "value",
                "observedOn",
                "collaborators",
                "description",
                "measurability"),
            Arbitraries.strings().ofMaxLength(12));
    Arbitrary<Object> object =
        Arbitraries.maps(names, Arbitraries.lazy(() -> json(depth - 1)))
            .ofMaxSize(6)
            .map(m -> (Object) m);
    Arbitrary<Object> array =
        Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(5).map(l -> (Object) l);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, object),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(2, scalar));
  }

  @Provide
  Arbitrary<Object> hostileValues() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.of(true, false),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(
                0,
                -1,
                4,
                101,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                new java.math.BigDecimal("1e400"),
                new java.math.BigDecimal("-0.000000000000000000001"),
                new java.math.BigInteger("123456789012345678901234567890"))
            .map(o -> (Object) o),
        Arbitraries.strings().all().ofMaxLength(40).map(s -> (Object) s),
        Arbitraries.of(
                "",
                " ",
                "x".repeat(10_000),
                "ü".repeat(3_000),
                "💥🏳️‍🌈",
                "\u0000",
                "\u202Eabc",
                "<script>alert(1)</script>",
                "'; DROP TABLE domain_event_entry; --",
                "../../etc/passwd",
                "%00",
                "NaN",
                "Infinity",
                "2024-02-30",
                "9999-12-31",
                "-999999999-01-01",
                "+1000000000-01-01",
                "2024-01-01T00:00:00Z",
                "IN_PROGRESS",
                "in_progress",
                "COMPLETED",
                "CANCELLED",
                "GREEN",
                "PURPLE",
                "FB 61",
                "FB 11/400",
                "Dez. V",
                "FB",
                "1.2023 – 12.2025",
                "irgendwann",
                "null",
                "{}",
                "[]")
            .map(s -> (Object) s));
  }

  @Provide
  Arbitrary<String> headerNames() {
    return Arbitraries.of(
        "If-Match",
        "Idempotency-Key",
        "Content-Type",
        "X-Source",
        "Accept",
        "X-Actor",
        "X-Actor-Unit",
        "Authorization");
  }

  @Provide
  Arbitrary<String> headerValues() {
    Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120);
    return Arbitraries.oneOf(
        printable,
        Arbitraries.of(
            "",
            " ",
            "*",
            "\"1\"",
            "\"0\"",
            "\"-1\"",
            "W/\"2\"",
            "\"99999999999999999999\"",
            "\"999999999999999999\"",
            "1",
            "\"abc\"",
            "\"1\", \"2\"",
            "application/xml",
            "text/plain",
            "application/json; charset=ISO-8859-1",
            "application/json;charset=",
            "multipart/form-data; boundary=x",
            "ui",
            "api",
            "import",
            "Bearer ",
            "Bearer abc.def.ghi",
            "Basic Og==",
            "x".repeat(8_000),
            "key with spaces",
            "a/b",
            "schlüssel".replace('ü', 'u'),
            "k".repeat(101)));
  }

  @Provide
  Arbitrary<String> pathSegments() {
    Arbitrary<String> encoded =
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(60)
            .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    return Arbitraries.oneOf(
        encoded,
        Arbitraries.of(
            "..",
            "%2e%2e",
            "..%2F..%2Fadmin",
            "%2F",
            "a%2Fb",
            "%00",
            "a%00b",
            "%252e%252e",
            "%C3%BC",
            "%FF%FE",
            "%EF%BB%BF",
            "x".repeat(81),
            "x".repeat(4_000),
            "A",
            "-",
            "fuzz-ziel%20",
            "%20fuzz-ziel",
            "fuzz-ziel;x=1",
            "fuzz-ziel.json",
            "gibt-es-nicht",
            "~root",
            "%5C..%5C",
            "null",
            "0",
            "%3Cscript%3E"));
  }
}
