package org.strategytracker.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The compose deployment, run for real without Docker ({@link ComposeDeployment}): a person signs
 * in at Keycloak through the proxy, reports progress in the form, meets the unit rule, signs out;
 * every request goes to the proxy's origin, and the proxy's access log shows which service
 * answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeDeploymentIntegrationTest {

  static final String OWN_MEASURE = "digitale-buergerinnendialoge"; // led by FB 61
  static final String FOREIGN_MEASURE = "antrag-auf-schuelerfahrkosten"; // led by FB 45

  final long started = System.nanoTime();
  ComposeDeployment deployment;
  Chromium browser;
  boolean failed;

  @RegisterExtension
  final AfterTestExecutionCallback evidence =
      context -> {
        if (context.getExecutionException().isPresent()) {
          failed = true;
          if (browser != null) {
            browser.keepEvidence(
                deployment.work.resolve("screenshots"), context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  void start() throws Exception {
    deployment = new ComposeDeployment();
    try {
      deployment.start();
    } catch (Throwable e) {
      failed = true;
      throw e;
    }
    browser = new Chromium(deployment.work.resolve("chromium"));
  }

  @AfterAll
  void stop() {
    try {
      if (failed && deployment != null) {
        System.out.println(deployment.diagnostics());
      }
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (deployment != null) {
        deployment.close();
      }
      System.out.printf(
          "deployment-test: %.1fs in all (start: %s)%n",
          (System.nanoTime() - started) / 1e9, deployment == null ? "-" : deployment.timings());
    }
  }

  @Test
  @Order(1)
  void startsWithTheWholeAachenCatalogue() throws Exception {
    long measures =
        Files.readAllLines(
                deployment.repository.resolve(
                    "command-service/src/main/resources/catalogue/aachen.yml"))
            .stream()
            .filter(line -> line.startsWith("  - id: "))
            .count();
    assertThat(measures).isGreaterThan(2);
    await("the query service shows the catalogue the command service imported at start")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              deployment.commandService.assertAlive();
              return get("/api/v1/measures?size=1").body().contains("\"totalItems\":" + measures);
            });
    assertThat(get("/api/v1/measures/" + FOREIGN_MEASURE).body()).contains("\"FB 45\"");
  }

  @Test
  @Order(2)
  void theProxyRoutesChangesToTheCommandServiceAndEverythingElseWhereItBelongs() throws Exception {
    assertThat(get("/actuator/health").statusCode()).isEqualTo(404);
    assertThat(upstream("GET", "/actuator/health")).as("answered by nginx itself").isEqualTo("-");
    assertThat(ComposeDeployment.status(direct(deployment.commandPort, "/actuator/health")))
        .as("the service itself has the endpoint")
        .isEqualTo(200);

    HttpResponse<String> discovery =
        get("/auth/realms/" + ComposeDeployment.REALM + "/.well-known/openid-configuration");
    assertThat(discovery.statusCode()).isEqualTo(200);
    JsonNode metadata = Http.json(discovery.body());
    assertThat(metadata.path("issuer").asString())
        .as("Keycloak names the public address as issuer (KC_HOSTNAME)")
        .isEqualTo(deployment.publicUrl + "/auth/realms/" + ComposeDeployment.REALM);
    assertThat(metadata.path("authorization_endpoint").asString())
        .startsWith(deployment.publicUrl + "/auth/");

    String command = "127.0.0.1:" + deployment.commandPort;
    String query = "127.0.0.1:" + deployment.queryPort;
    String keycloak = "127.0.0.1:" + deployment.keycloakPort;
    String progress = "/api/v1/measures/" + OWN_MEASURE + "/progress?route=1";
    assertThat(post(progress, "{}", Map.of()).statusCode()).isIn(401, 403);
    get("/api/v1/measures/" + OWN_MEASURE + "?route=2");
    get("/api/v1/measures/" + OWN_MEASURE + "/history?route=3");
    get("/api/v1/me?route=4");
    get("/api/v1/audit/chain/head?route=5");
    get("/anmelden?route=6");
    assertThat(upstream("POST", progress)).isEqualTo(command);
    assertThat(upstream("GET", "/api/v1/measures/" + OWN_MEASURE + "?route=2")).isEqualTo(query);
    assertThat(upstream("GET", "/api/v1/measures/" + OWN_MEASURE + "/history?route=3"))
        .isEqualTo(query);
    assertThat(upstream("GET", "/api/v1/me?route=4")).isEqualTo(query);
    assertThat(upstream("GET", "/api/v1/audit/chain/head?route=5")).isEqualTo(command);
    assertThat(upstream("GET", "/anmelden?route=6")).isEqualTo(query);
    assertThat(
            upstream(
                "GET",
                "/auth/realms/" + ComposeDeployment.REALM + "/.well-known/openid-configuration"))
        .isEqualTo(keycloak);
  }

  @Test
  @Order(3)
  void scriptsUseKeycloakTokensWithRolesAndUnits() throws Exception {
    HttpResponse<String> token =
        Http.postForm(
            deployment.publicUrl + tokenEndpoint(),
            Map.of(
                "client_id", "strategy-tracker",
                "grant_type", "password",
                "username", "fb45",
                "password", "fb45-demo"));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    String accessToken = Http.json(token.body()).path("access_token").asString();

    JsonNode me =
        Http.json(get("/api/v1/me", Map.of("Authorization", "Bearer " + accessToken)).body());
    assertThat(me.path("anonymous").asBoolean()).isFalse();
    assertThat(me.path("username").asString()).isEqualTo("fb45");
    assertThat(strings(me.path("roles"))).containsExactly("EDITOR");
    assertThat(strings(me.path("units"))).containsExactly("FB 45");
  }

  @Test
  @Order(4)
  void aPersonSignsInAtKeycloakThroughTheProxyAndComesBackWithRolesAndUnits() throws Exception {
    browser.open(deployment.publicUrl + "/massnahme?id=" + OWN_MEASURE);
    browser.find("#session a[href^='/anmelden']").click();
    browser.waitForUrl("/anmelden");
    browser.find("#stadtkonto-anmelden").click();

    browser.find("#username").sendKeys("fb61");
    assertThat(browser.driver.getCurrentUrl())
        .as("Keycloak's sign-in form, on the proxy's origin")
        .startsWith(deployment.publicUrl + "/auth/realms/" + ComposeDeployment.REALM + "/");
    browser.find("#password").sendKeys("fb61-demo");
    browser.find("#kc-login").click();

    browser.waitForUrl("/massnahme?id=" + OWN_MEASURE);
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("session"), "Fachbereich 61"));
    JsonNode me = Http.json(browser.fetch("/api/v1/me"));
    assertThat(me.path("anonymous").asBoolean()).isFalse();
    assertThat(me.path("username").asString()).isEqualTo("fb61");
    assertThat(me.path("login").asString()).isEqualTo("oidc");
    assertThat(strings(me.path("roles"))).containsExactly("EDITOR");
    assertThat(strings(me.path("units"))).containsExactly("FB 61");
    assertThat(browser.cookie("TRACKER_TOKEN").isHttpOnly()).isTrue();
  }

  @Test
  @Order(5)
  void reportsProgressInTheFormAndFindsItInTheHistoryOfTheQueryService() throws Exception {
    String comment = "Bericht über den Proxy " + System.nanoTime();
    browser.open(deployment.publicUrl + "/massnahme?id=" + OWN_MEASURE);
    WebElement summary = browser.find("details[data-aktion='fortschritt'] > summary");
    summary.click();
    WebElement form = browser.find("#form-fortschritt");
    form.findElement(By.name("percentComplete")).clear();
    form.findElement(By.name("percentComplete")).sendKeys("35");
    new Select(form.findElement(By.name("health"))).selectByValue("AMBER");
    form.findElement(By.name("comment")).sendKeys(comment);
    form.findElement(By.cssSelector("button[type=submit]")).click();

    String actor = tokenSubject(browser.cookie("TRACKER_TOKEN").getValue());
    await("the report in the measure's history")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              // signed in, as the page asks: the public view hides who made a change
              String history = browser.fetch("/api/v1/measures/" + OWN_MEASURE + "/history?size=5");
              return history.contains(comment) && history.contains("\"actorId\":\"" + actor + "\"");
            });
    assertThat(upstream("POST", "/api/v1/measures/" + OWN_MEASURE + "/progress"))
        .isEqualTo("127.0.0.1:" + deployment.commandPort);
    assertThat(Http.json(get("/api/v1/measures/" + OWN_MEASURE).body()).toString())
        .contains("\"percentComplete\":35");
  }

  @Test
  @Order(6)
  void aDepartmentCannotChangeAnotherDepartmentsMeasure() throws Exception {
    String token = browser.cookie("TRACKER_TOKEN").getValue();
    String csrf = browser.cookie("XSRF-TOKEN").getValue();
    String cookies = "TRACKER_TOKEN=" + token + "; XSRF-TOKEN=" + csrf;
    String progress =
        "{\"percentComplete\":50,\"health\":\"GREEN\",\"comment\":\"Über den Proxy\"}";

    HttpResponse<String> foreign =
        post(
            "/api/v1/measures/" + FOREIGN_MEASURE + "/progress",
            progress,
            Map.of("Cookie", cookies, "X-XSRF-TOKEN", csrf));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
    assertThat(foreign.body()).contains("FB 45");

    HttpResponse<String> forged =
        post("/api/v1/measures/" + OWN_MEASURE + "/progress", progress, Map.of("Cookie", cookies));
    assertThat(forged.statusCode()).as("without the CSRF header").isEqualTo(403);
    HttpResponse<String> own =
        post(
            "/api/v1/measures/" + OWN_MEASURE + "/progress",
            progress,
            Map.of("Cookie", cookies, "X-XSRF-TOKEN", csrf));
    assertThat(own.statusCode()).as("the same credentials on FB 61's measure").isEqualTo(200);
  }

  @Test
  @Order(7)
  void signingOutEndsTheKeycloakSession() throws Exception {
    KeycloakAdmin admin =
        new KeycloakAdmin(deployment.keycloakPort, deployment.keycloakAdminPassword);
    assertThat(admin.sessionsOf("fb61")).as("signed in: a Keycloak session").isNotEmpty();
    browser.open(deployment.publicUrl + "/massnahme?id=" + OWN_MEASURE);
    browser.find("#abmelden").click();

    browser.wait.until(
        ExpectedConditions.or(
            ExpectedConditions.urlContains("/anmelden?abgemeldet"),
            ExpectedConditions.presenceOfElementLocated(By.id("kc-logout"))));
    if (!browser.driver.findElements(By.id("kc-logout")).isEmpty()) {
      // Keycloak asks before ending a session when the request carries no id_token_hint
      browser.find("#kc-logout").click();
    }
    browser.waitForUrl("/anmelden?abgemeldet");
    assertThat(Http.json(browser.fetch("/api/v1/me")).path("anonymous").asBoolean()).isTrue();
    assertThat(admin.sessionsOf("fb61")).as("Keycloak's session ended").isEmpty();

    browser.find("#stadtkonto-anmelden").click();
    assertThat(browser.find("#username").isDisplayed())
        .as("signing in again asks for the password")
        .isTrue();
  }

  /** Where the proxy sent the request, from its access log ("-": nginx answered itself). */
  private String upstream(String method, String uri) {
    String prefix = method + " " + uri + " ";
    return await(method + " " + uri + " in the proxy's access log")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                Proxy.accessLog(deployment.work).stream()
                    .filter(line -> line.startsWith(prefix))
                    .reduce((first, last) -> last)
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .orElse(null),
            address -> address != null);
  }

  private String tokenEndpoint() {
    return "/auth/realms/" + ComposeDeployment.REALM + "/protocol/openid-connect/token";
  }

  private String tokenSubject(String jwt) throws Exception {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    String subject = Http.json(payload).path("sub").asString();
    assertThat(subject).as("the token's subject").isNotBlank();
    return subject;
  }

  private List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(path, Map.of());
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    return Http.get(deployment.publicUrl + path, headers);
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers)
      throws Exception {
    return Http.post(deployment.publicUrl + path, body, headers);
  }

  private static String direct(int port, String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
