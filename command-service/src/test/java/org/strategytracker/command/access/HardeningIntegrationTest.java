package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.writes-per-minute=3",
      "tracker.security.max-request-bytes=2000",
      "tracker.security.anonymous-access=none"
    })
class HardeningIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void limitsWritesPerUserWith429AndRetryAfter() {
    Api api = new Api(port);
    List<Api.Response> answers =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    api.post(
                        "/api/v1/measures",
                        Map.of(
                            "title",
                            "T" + i,
                            "fieldOfAction",
                            "F",
                            "leadUnit",
                            "FB 61",
                            "priority",
                            2),
                        Api.as("strategie")))
            .toList();
    assertThat(answers.subList(0, 3)).allMatch(answer -> answer.status() == 201);
    assertThat(answers.get(3).status()).isEqualTo(429);
    assertThat(answers.get(3).header("Retry-After")).isEqualTo("60");
    assertThat(answers.get(3).contentType()).startsWith("application/problem+json");
    Api.Response otherUser =
        api.post(
            "/api/v1/measures/unknown/progress",
            Map.of("percentComplete", 1, "health", "GREEN"),
            Api.as("fb61"));
    assertThat(otherUser.status()).as("the limit is per person").isNotEqualTo(429);
  }

  @Test
  void refusesOversizedBodiesWith413() {
    Api api = new Api(port);
    long before = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    Api.Response response =
        api.post(
            "/api/v1/measures",
            Map.of(
                "title",
                "T",
                "fieldOfAction",
                "F",
                "leadUnit",
                "FB 61",
                "priority",
                2,
                "description",
                "x".repeat(5000)),
            Api.as("fb45"));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void withoutPublicViewReadingNeedsALogin() {
    Api api = new Api(port);
    assertThat(api.send("GET", "/api/v1/anything", null, Map.of()).status()).isEqualTo(401);
    assertThat(api.send("GET", "/actuator/health", null, Map.of()).status()).isEqualTo(200);
    Api.Response page = api.send("GET", "/massnahmen", null, Map.of("Accept", "text/html"));
    assertThat(page.status()).as("a browser is sent to the sign-in page").isEqualTo(302);
    assertThat(page.header("Location")).endsWith("/anmelden");
  }

  @Test
  void answersNeverLeakStackTracesOrSql() {
    Api api = new Api(port);
    Api.Response response =
        api.send("POST", "/api/v1/measures", "{\"title\": [1,2", Api.as("pruefung"));
    assertThat(response.body())
        .doesNotContain("Exception")
        .doesNotContain("SELECT")
        .doesNotContain("at org.");
  }
}
