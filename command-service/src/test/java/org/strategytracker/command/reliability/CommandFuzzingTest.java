package org.strategytracker.command.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command endpoint under random and hostile input — bodies (random JSON, wrong types, huge
 * and exotic strings, nulls, deep nesting, broken JSON), headers (If-Match, Idempotency-Key,
 * Content-Type, X-Source) and paths (traversal, NUL bytes, encoded slashes, very long ids): the
 * service never answers 500, and a request it rejects leaves the event store exactly as it was.
 *
 * <p>Each property is a {@link TestFactory} of dynamic tests, one per case, named with its seed and
 * case number; {@link SeededGenerator} makes the same input from the same two numbers, so a failing
 * case is replayed from its name.
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

  @BeforeAll
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

  @AfterAll
  static void stop() {
    System.out.println("Answers of the fuzzing properties by status: " + STATUSES);
    service.close();
  }

  @TestFactory
  Stream<DynamicTest> randomBodiesNeverFailTheServerNorChangeTheStoreWhenRejected() {
    return cases(
        4711, 300, (endpoint, input) -> request(endpoint, MEASURE, randomJson(input), Map.of()));
  }

  @TestFactory
  Stream<DynamicTest>
      validBodiesWithOneHostileValueNeverFailTheServerNorChangeTheStoreWhenRejected() {
    return cases(
        4712,
        400,
        (endpoint, input) -> {
          Object value = hostileValue(input);
          int field = input.between(0, 20);
          Map<String, Object> body = new LinkedHashMap<>(endpoint.validBody());
          List<String> fields = new ArrayList<>(body.keySet());
          fields.add("unbekannt");
          body.put(fields.get(field % fields.size()), value);
          return request(endpoint, MEASURE, JSON.writeValueAsString(body), Map.of());
        });
  }

  @TestFactory
  Stream<DynamicTest> hostileHeadersNeverFailTheServerNorChangeTheStoreWhenRejected() {
    return cases(
        4713,
        300,
        (endpoint, input) ->
            request(
                endpoint,
                MEASURE,
                JSON.writeValueAsString(endpoint.validBody()),
                Map.of(headerName(input), headerValue(input))));
  }

  @TestFactory
  Stream<DynamicTest> hostilePathsNeverFailTheServerNorChangeTheStoreWhenRejected() {
    return cases(
        4714,
        300,
        (endpoint, input) ->
            request(
                endpoint,
                pathSegment(input),
                JSON.writeValueAsString(endpoint.validBody()),
                Map.of()));
  }

  /**
   * One dynamic test per case, its request made up front from the seed and case number, and named
   * with both, so that a failure says which input to replay.
   */
  private Stream<DynamicTest> cases(
      long seed, int count, BiFunction<Endpoint, SeededGenerator, HttpRequest> requests) {
    return IntStream.range(0, count)
        .mapToObj(
            number -> {
              SeededGenerator input = new SeededGenerator(seed, number);
              HttpRequest request = requests.apply(input.pick(ENDPOINTS), input);
              String name =
                  "seed %d case %d: %s %s"
                      .formatted(seed, number, request.method(), abbreviated(request.uri()));
              String inputCase = "seed " + seed + " case " + number;
              return DynamicTest.dynamicTest(
                  name,
                  () -> {
                    try {
                      holds(request, inputCase);
                    } catch (IOException | InterruptedException e) {
                      throw new AssertionError(inputCase + ": the request failed", e);
                    }
                  });
            });
  }

  private static String abbreviated(URI uri) {
    String path = uri.getRawPath();
    return path.length() > 120 ? path.substring(0, 120) + "…" : path;
  }

  private void holds(HttpRequest request, String inputCase)
      throws IOException, InterruptedException {
    String before = service.storeFingerprint();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    STATUSES
        .computeIfAbsent(Integer.toString(response.statusCode()), s -> new AtomicInteger())
        .incrementAndGet();
    assertThat(response.statusCode())
        .as("%s: %s %s → %s", inputCase, request.method(), request.uri(), response.body())
        .isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(service.storeFingerprint())
          .as("%s: a rejected %s %s changed the store", inputCase, request.method(), request.uri())
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

  /** Valid JSON three times in four, broken JSON otherwise. */
  private static String randomJson(SeededGenerator input) {
    return input.weighted(
        3,
        () -> {
          try {
            return JSON.writeValueAsString(json(input, 3));
          } catch (RuntimeException e) {
            return "{}";
          }
        },
        1,
        () ->
            input.oneOf(
                () -> input.anyString(200),
                () ->
                    input.pick(
                        List.of(
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
                            "{\"title\":\"\uD800\"}"))));
  }

  private static final List<String> FIELD_NAMES =
      List.of(
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
          "measurability");

  /**
   * Random JSON values up to a depth: objects with known and unknown field names, arrays, scalars
   * of every type.
   */
  private static Object json(SeededGenerator input, int depth) {
    if (depth == 0) {
      return hostileValue(input);
    }
    return input.weighted(
        4,
        () -> {
          Map<String, Object> object = new LinkedHashMap<>();
          int size = input.between(0, 6);
          for (int i = 0; i < size; i++) {
            String name = input.oneOf(() -> input.pick(FIELD_NAMES), () -> input.anyString(12));
            object.put(name, json(input, depth - 1));
          }
          return object;
        },
        1,
        () -> {
          List<Object> array = new ArrayList<>();
          int size = input.between(0, 5);
          for (int i = 0; i < size; i++) {
            array.add(json(input, depth - 1));
          }
          return array;
        },
        2,
        () -> hostileValue(input));
  }

  private static Object hostileValue(SeededGenerator input) {
    return input.oneOf(
        () -> null,
        () -> input.chance(0.5),
        () -> input.anyInt(),
        () -> input.anyLong(),
        () -> input.anyDouble(),
        () ->
            input.pick(
                List.<Object>of(
                    0,
                    -1,
                    4,
                    101,
                    Integer.MIN_VALUE,
                    Long.MAX_VALUE,
                    new java.math.BigDecimal("1e400"),
                    new java.math.BigDecimal("-0.000000000000000000001"),
                    new java.math.BigInteger("123456789012345678901234567890"))),
        () -> input.anyString(40),
        () ->
            input.pick(
                List.of(
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
                    "[]")));
  }

  private static String headerName(SeededGenerator input) {
    return input.pick(
        List.of(
            "If-Match",
            "Idempotency-Key",
            "Content-Type",
            "X-Source",
            "Accept",
            "X-Actor",
            "X-Actor-Unit",
            "Authorization"));
  }

  private static String headerValue(SeededGenerator input) {
    return input.oneOf(
        () -> input.string(0, 120, ' ', '~'),
        () ->
            input.pick(
                List.of(
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
                    "schlussel",
                    "k".repeat(101))));
  }

  private static String pathSegment(SeededGenerator input) {
    return input.oneOf(
        () ->
            URLEncoder.encode(
                    input.string(1, 60, Character.MIN_VALUE, Character.MAX_VALUE),
                    StandardCharsets.UTF_8)
                .replace("+", "%20"),
        () ->
            input.pick(
                List.of(
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
                    "%3Cscript%3E")));
  }
}
