package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;

/**
 * Password sign-in of the default run, HTTP Basic and the sign-in form: guessing is throttled per
 * account, the form cannot be posted from another site, and a verified password is not hashed again
 * on every request.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.sign-in.failures-per-account=3",
      "tracker.security.sign-in.first-lock=2s",
      "tracker.security.sign-in.longest-lock=3s"
    })
class PasswordSignInIntegrationTest {

  static final String CHAIN_HEAD = "/api/v1/audit/chain/head";

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired JdbcClient jdbc;

  static Map<String, String> basic(String username, String password) {
    return Map.of(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  double counted(String metric) {
    return meters.counter(metric).count();
  }

  // each test signs in with accounts of its own: the counts live as long as the service

  @Test
  void locksAnAccountAfterRepeatedWrongBasicPasswordsEvenForTheRightOne() {
    Api api = new Api(port);
    double failuresBefore = counted("tracker.security.signin.failures");
    double lockedBefore = counted("tracker.security.signin.locked");
    for (int i = 0; i < 3; i++) {
      assertThat(api.send("GET", CHAIN_HEAD, null, basic("pruefung", "falsch" + i)).status())
          .isEqualTo(401);
    }

    Api.Response locked = api.send("GET", CHAIN_HEAD, null, Api.as("pruefung"));
    assertThat(locked.status()).as("the right password during the lock").isEqualTo(429);
    assertThat(locked.contentType()).startsWith("application/problem+json");
    assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 3);
    assertThat(locked.json().get("detail").asString())
        .contains("Zu viele fehlgeschlagene Anmeldungen für dieses Konto");
    assertThat(counted("tracker.security.signin.failures")).isEqualTo(failuresBefore + 3);
    assertThat(counted("tracker.security.signin.locked")).isGreaterThan(lockedBefore);

    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> api.send("GET", CHAIN_HEAD, null, Api.as("pruefung")).status() == 200);
    for (int i = 0; i < 2; i++) {
      assertThat(api.send("GET", CHAIN_HEAD, null, basic("pruefung", "falsch")).status())
          .isEqualTo(401);
    }
    assertThat(api.send("GET", CHAIN_HEAD, null, Api.as("pruefung")).status())
        .as("the success before started the count again")
        .isEqualTo(200);
  }

  @Test
  void aLockedAccountDoesNotLockOthers() {
    Api api = new Api(port);
    IntStream.range(0, 4).forEach(i -> api.send("GET", CHAIN_HEAD, null, basic("fb11", "falsch")));
    assertThat(api.send("GET", CHAIN_HEAD, null, Api.as("fb11")).status()).isEqualTo(429);
    assertThat(
            api.post(
                    "/api/v1/measures/unbekannt/progress",
                    Map.of("percentComplete", 1, "health", "GREEN"),
                    Api.as("fb61"))
                .status())
        .isNotIn(401, 429);
  }

  @Test
  void locksTheSignInFormLikeBasic() {
    FormSignIn form = new FormSignIn(port);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> wrong = form.post("fb45", "falsch");
      assertThat(wrong.statusCode()).isEqualTo(302);
      assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("error");
    }
    HttpResponse<String> locked = form.post("fb45", "fb45-demo");
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(locked.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(FormSignIn.cookie(locked, "JSESSIONID")).isEmpty();
  }

  @Test
  void signsInWithTheFormAndItsCsrfToken() {
    HttpResponse<String> signedIn = new FormSignIn(port).post("rat", "rat-demo");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(FormSignIn.cookie(signedIn, "JSESSIONID")).isPresent();
  }

  @Test
  void refusesTheSignInFormPostedFromAnotherSiteWithoutCsrfToken() {
    HttpResponse<String> forged =
        new FormSignIn(port)
            .post("strategie", "strategie-demo", null, Map.of("Origin", "https://boese.example"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(forged.body()).contains("Seite neu");
    assertThat(FormSignIn.cookie(forged, "JSESSIONID")).as("not signed in").isEmpty();
  }

  @Test
  void aSessionWriteWithoutCsrfHeaderAsksToReloadThePageRatherThanBlamingTheRole() {
    FormSignIn form = new FormSignIn(port);
    HttpResponse<String> signedIn = form.post("strategie", "strategie-demo");
    String session = FormSignIn.cookie(signedIn, "JSESSIONID").orElseThrow();
    long before = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();

    HttpResponse<String> write =
        form.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/measures"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"T\",\"fieldOfAction\":\"F\",\"leadUnit\":\"FB 61\",\"priority\":2}"))
                .header("Content-Type", "application/json")
                .header("Cookie", "JSESSIONID=" + session));

    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.body()).contains("veraltet", "Seite neu").doesNotContain("Rolle");
    assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void checksABasicPasswordHashOnceNotOnEveryRequest() {
    Api api = new Api(port);
    double before = counted("tracker.security.signin.hash-checks");
    for (int i = 0; i < 20; i++) {
      assertThat(api.send("GET", CHAIN_HEAD, null, Api.as("fb11-400")).status())
          .as("signed in, though not an auditor")
          .isEqualTo(403);
    }
    assertThat(counted("tracker.security.signin.hash-checks"))
        .as("one check for the first request, none for the 19 after it")
        .isEqualTo(before + 1);
    assertThat(api.send("GET", CHAIN_HEAD, null, basic("fb11-400", "fb11-400-demo ")).status())
        .as("another password is checked, and refused")
        .isEqualTo(401);
  }
}
