package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.strategytracker.command.support.Api;
import org.strategytracker.command.support.RawHttp;
import tools.jackson.databind.JsonNode;

/**
 * Every error the service answers, wherever it arises (Tomcat before any servlet, Spring Security's
 * firewall and filters, Spring MVC, the controller advice), has the same German problem+json shape:
 * type, title, status, detail, instance (the request path) and the broken rules in a top-level
 * {@code errors} list, with the security headers of every other answer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.max-request-bytes=4000",
      "spring.servlet.multipart.max-file-size=1000B",
      "spring.servlet.multipart.max-request-size=3000B"
    })
class ErrorFormatIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** Each form of a bad request, and where it is refused. */
  static Stream<Arguments> badRequests() {
    String signedIn = Api.as("fb61").get("Authorization");
    return Stream.of(
        bad("encoded slash (Tomcat)", "GET", "/api/v1/measures/a%2Fb", Map.of()),
        bad("encoded NUL (Tomcat)", "GET", "/api/v1/measures/a%00b", Map.of()),
        bad("encoded backslash (Tomcat)", "GET", "/api/v1/measures/a%5Cb", Map.of()),
        bad("encoded dot-dot (firewall)", "GET", "/api/v1/measures/%2e%2e/x", Map.of()),
        bad("encoded percent (firewall)", "GET", "/api/v1/measures/a%25b", Map.of()),
        Arguments.of(
            "broken percent-encoding (Tomcat)",
            "GET",
            "/api/v1/measures/a%ZZ",
            Map.of(),
            "/api/v1/measures/a%25ZZ"),
        bad("semicolon (firewall)", "GET", "/api/v1/measures;x=1", Map.of()),
        bad("double slash (firewall)", "GET", "/api/v1//measures", Map.of()),
        bad("unknown method (firewall)", "FROB", "/api/v1/measures", Map.of()),
        bad(
            "over-long header (Tomcat)",
            "GET",
            "/api/v1/measures",
            Map.of("X-Long", "x".repeat(9000))),
        bad(
            "over-long header, signed in (Tomcat)",
            "GET",
            "/api/v1/measures",
            Map.of("X-Long", "x".repeat(9000), "Authorization", signedIn)),
        bad("unknown path (Spring MVC)", "GET", "/api/v1/gibt-es-nicht", Map.of()),
        bad(
            "wrong method (Spring MVC)",
            "DELETE",
            "/api/v1/measures",
            Map.of("Authorization", signedIn)),
        bad(
            "unsupported content type (Spring MVC)",
            "POST",
            "/api/v1/measures",
            Map.of("Authorization", signedIn, "Content-Type", "text/plain", "Content-Length", "0")),
        bad("error page asked for directly", "GET", "/error", Map.of()));
  }

  private static Arguments bad(
      String form, String method, String target, Map<String, String> headers) {
    return Arguments.of(form, method, target, headers, target);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void answersEveryRejectedRequestWithGermanProblemJsonAndSecurityHeaders(
      String form, String method, String target, Map<String, String> headers, String instance) {
    Api.Response response = new RawHttp(port).send(method, target, headers);

    assertThat(response.status()).as(form).isBetween(400, 499);
    assertGermanProblem(response, instance);
  }

  @Test
  void answersTheSecurityFiltersRejectionsWithTopLevelErrorsAndTheRequestPath() {
    Api api = new Api(port);
    String body = "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":2}";

    Api.Response anonymous = api.send("POST", "/api/v1/measures", body, Map.of());
    Api.Response viewer = api.send("POST", "/api/v1/measures", body, Api.as("rat"));
    Api.Response tooLarge =
        api.send(
            "POST",
            "/api/v1/measures",
            "{\"title\":\"" + "x".repeat(5000) + "\"}",
            Api.as("strategie"));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(tooLarge.status()).isEqualTo(413);
    for (Api.Response response : List.of(anonymous, viewer, tooLarge)) {
      assertGermanProblem(response, "/api/v1/measures");
    }
  }

  @Test
  void answersAnOversizedImportInGerman() {
    long before = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource("x".repeat(2000).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "katalog.csv";
          }
        });
    Api.Response response =
        RestClient.create("http://localhost:" + port)
            .post()
            .uri("/api/v1/catalogue/imports")
            .header("Authorization", Api.as("strategie").get("Authorization"))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts)
            .exchange(
                (request, answer) ->
                    new Api.Response(
                        answer.getStatusCode().value(),
                        null,
                        String.valueOf(answer.getHeaders().getContentType()),
                        new String(answer.getBody().readAllBytes(), StandardCharsets.UTF_8),
                        answer.getHeaders().asMultiValueMap()));

    assertThat(response.status()).isEqualTo(413);
    assertGermanProblem(response, "/api/v1/catalogue/imports");
    assertThat(response.json().get("title").asString()).isEqualTo("Anfrage zu groß");
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("file");
    assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
        .isEqualTo(before);
  }

  private static void assertGermanProblem(Api.Response response, String path) {
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString()).startsWith("https://strategy-tracker.org/problems/");
    assertThat(problem.get("status").asInt()).isEqualTo(response.status());
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(problem.get("instance").asString()).isEqualTo(path);
    assertThat(problem.get("errors").isArray()).isTrue();
    assertThat(problem.get("errors")).isNotEmpty();
    assertThat(problem.has("properties")).isFalse();
    String text = problem.get("title").asString() + " " + problem.get("detail").asString();
    assertThat(text)
        .as("German, without English server words")
        .containsAnyOf(
            "ä", "ö", "ü", "ß", "Anfrage", "Adresse", "Methode", "Format", "Anmeld", "Rolle")
        .doesNotContainIgnoringCase("bad request")
        .doesNotContainIgnoringCase("not found")
        .doesNotContainIgnoringCase("rejected")
        .doesNotContainIgnoringCase("exceeded")
        .doesNotContainIgnoringCase("invalid")
        .doesNotContain("Exception");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(response.header("Cache-Control")).contains("no-store");
  }
}
