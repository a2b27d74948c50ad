package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategytracker.app.StrategyTrackerApplication;

/**
 * Browser sign-in at the city's OpenID Connect provider, for real over HTTP: the app in OIDC mode
 * against {@link CityLoginServer}, a client that follows redirects and keeps cookies like a
 * browser. Authorization code with PKCE, the token in an HttpOnly cookie, roles and units from the
 * token's claims, CSRF on changes, sign-out; then the same in Chromium, from the Anmelden page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInUiIntegrationTest {

  static final String OWN_MEASURE = "digitale-buergerinnendialoge"; // led by FB 61
  static final String FOREIGN_MEASURE = "antrag-auf-schuelerfahrkosten"; // led by FB 45

  @TempDir static Path temp;
  CityLoginServer city;
  ConfigurableApplicationContext app;
  String baseUrl;
  final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  HttpClient browser;
  Browser page;

  @BeforeAll
  void start() throws Exception {
    city = new CityLoginServer();
    city.next =
        new CityLoginServer.Person("u-7f3a", "e.mustermann", List.of("EDITOR"), List.of("FB 61"));
    app =
        new SpringApplicationBuilder(StrategyTrackerApplication.class)
            .run(
                "--server.port=0",
                "--tracker.database.embedded.data-directory=" + temp.resolve("data"),
                "--tracker.security.mode=oidc",
                "--tracker.security.demo-accounts=false",
                "--tracker.security.oidc.issuer-uri=" + city.issuer,
                "--tracker.security.oidc.client-id=strategy-tracker-web");
    baseUrl = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> get("/api/v1/measures?size=1").body().contains("\"totalItems\":60"));
  }

  @AfterAll
  void stop() {
    if (page != null) {
      page.close();
    }
    if (app != null) {
      app.close();
    }
    if (city != null) {
      city.close();
    }
  }

  @Test
  @Order(1)
  void theSignInPageOffersTheCityAccount() throws Exception {
    assertThat(get("/api/v1/me").body()).contains("\"anonymous\":true", "\"login\":\"oidc\"");
    assertThat(get("/anmelden").body()).contains("Mit städtischem Konto anmelden");
    assertThat(cookie("TRACKER_TOKEN")).isEmpty();
  }

  @Test
  @Order(2)
  void signsInWithCodeAndPkceAndSeesRolesAndUnitsFromTheToken() throws Exception {
    HttpResponse<String> landed = get("/oauth2/authorization/stadt");

    assertThat(city.rejections).isEmpty();
    assertThat(city.challengeMethods).containsExactly("S256");
    assertThat(landed.uri().getPath()).isEqualTo("/anmelden");
    assertThat(landed.uri().getQuery()).isEqualTo("angemeldet");
    HttpCookie token = cookie("TRACKER_TOKEN").orElseThrow();
    assertThat(token.isHttpOnly()).isTrue();
    assertThat(get("/api/v1/me").body())
        .contains(
            "\"anonymous\":false",
            "\"username\":\"e.mustermann\"",
            "\"roles\":[\"EDITOR\"]",
            "\"units\":[\"FB 61\"]");
  }

  @Test
  @Order(3)
  void changesNeedTheCsrfHeaderAndFollowTheUnitsOfTheToken() throws Exception {
    String progress = "{\"percentComplete\":30,\"health\":\"GREEN\",\"comment\":\"Stadtkonto\"}";
    assertThat(post("/api/v1/measures/" + OWN_MEASURE + "/progress", progress, null).statusCode())
        .as("no CSRF header: a forged request from another site")
        .isEqualTo(403);

    String csrf = cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
    assertThat(post("/api/v1/measures/" + OWN_MEASURE + "/progress", progress, csrf).statusCode())
        .isEqualTo(200);
    HttpResponse<String> foreign =
        post("/api/v1/measures/" + FOREIGN_MEASURE + "/progress", progress, csrf);
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("FB 45");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                get("/api/v1/measures/" + OWN_MEASURE + "/history?size=1")
                    .body()
                    .contains("\"actorId\":\"u-7f3a\""));
  }

  @Test
  @Order(4)
  void aBrokenTokenCookieCountsAsSignedOutAndThePublicViewStays() throws Exception {
    HttpCookie real = cookie("TRACKER_TOKEN").orElseThrow();
    HttpCookie broken = (HttpCookie) real.clone();
    broken.setValue(real.getValue().substring(0, real.getValue().length() - 8) + "AAAAAAAA");
    cookies.getCookieStore().remove(URI.create(baseUrl), real);
    cookies.getCookieStore().add(URI.create(baseUrl), broken);

    assertThat(get("/api/v1/me").body()).contains("\"anonymous\":true");
    assertThat(get("/api/v1/measures?size=1").statusCode()).isEqualTo(200);
    cookies.getCookieStore().remove(URI.create(baseUrl), broken);
    cookies.getCookieStore().add(URI.create(baseUrl), real);
    assertThat(get("/api/v1/me").body()).contains("\"anonymous\":false");
  }

  @Test
  @Order(5)
  void aServiceThatDoesNotRunTheSignInAcceptsTheCookieToo() throws Exception {
    // like the command service behind the proxy: same issuer, no client id
    ConfigurableApplicationContext other =
        new SpringApplicationBuilder(StrategyTrackerApplication.class)
            .run(
                "--server.port=0",
                "--tracker.database.embedded.data-directory=" + temp.resolve("other"),
                "--tracker.catalogue.import-on-start=false",
                "--tracker.security.mode=oidc",
                "--tracker.security.demo-accounts=false",
                "--tracker.security.oidc.issuer-uri=" + city.issuer);
    try {
      String otherUrl =
          "http://localhost:" + ((WebServerApplicationContext) other).getWebServer().getPort();
      String token = cookie("TRACKER_TOKEN").map(HttpCookie::getValue).orElseThrow();
      String csrf = cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
      HttpClient plain = HttpClient.newHttpClient();
      HttpResponse<String> me =
          plain.send(
              HttpRequest.newBuilder(URI.create(otherUrl + "/api/v1/me"))
                  .header("Cookie", "TRACKER_TOKEN=" + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(me.body()).contains("\"anonymous\":false", "\"units\":[\"FB 61\"]");
      HttpRequest.Builder change =
          HttpRequest.newBuilder(URI.create(otherUrl + "/api/v1/measures/unbekannt/progress"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"percentComplete\":5,\"health\":\"GREEN\",\"comment\":\"x\"}"));
      assertThat(
              plain
                  .send(
                      change.copy().header("Cookie", "TRACKER_TOKEN=" + token).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .as("no CSRF header")
          .isEqualTo(403);
      assertThat(
              plain
                  .send(
                      change
                          .header("Cookie", "TRACKER_TOKEN=" + token + "; XSRF-TOKEN=" + csrf)
                          .header("X-XSRF-TOKEN", csrf)
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .as("signed in and past CSRF: the measure is unknown")
          .isEqualTo(404);
    } finally {
      other.close();
    }
  }

  @Test
  @Order(6)
  void signOutClearsTheCookieAndNamesTheProvidersEndOfSession() throws Exception {
    String csrf = cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
    HttpResponse<String> out = post("/logout", "", csrf);

    assertThat(out.statusCode()).isEqualTo(200);
    assertThat(out.body())
        .contains(city.issuer + "/logout?client_id=strategy-tracker-web")
        .contains("post_logout_redirect_uri=");
    assertThat(cookie("TRACKER_TOKEN")).isEmpty();
    assertThat(get("/api/v1/me").body()).contains("\"anonymous\":true");
  }

  @Test
  @Order(7)
  void aPersonSignsInWithTheCityAccountInChromiumAndComesBackToTheMeasure() {
    page = new Browser(baseUrl, temp.resolve("profile"), temp.resolve("downloads"));
    page.open("/massnahme?id=" + OWN_MEASURE);
    page.driver.findElement(By.linkText("Anmelden")).click();
    page.wait.until(ExpectedConditions.urlContains("/anmelden"));
    page.waitUntilLoaded();
    page.find("#stadtkonto-anmelden");
    assertThat(page.driver.findElement(By.id("lokal")).isDisplayed()).isFalse();
    List<String> violations = page.accessibilityViolations();
    page.screenshot(
        Path.of(System.getProperty("screenshots", "target"))
            .resolve("screenshots")
            .resolve("anmelden-stadtkonto.png"),
        1280);
    assertThat(violations).as("axe-core WCAG 2.1 A/AA violations").isEmpty();

    page.find("#stadtkonto-anmelden").click();
    page.wait.until(ExpectedConditions.urlContains("/massnahme?id=" + OWN_MEASURE));
    page.waitUntilLoaded();
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("session"), "Erika Mustermann"));
    assertThat(page.text("#session")).contains("FB 61");
    assertThat(page.find("#aendern").isDisplayed()).isTrue();

    page.find("#abmelden").click();
    page.wait.until(ExpectedConditions.urlContains("/anmelden?abgemeldet"));
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("meldungen"), "abgemeldet"));
    assertThat(city.endedSessions).containsExactly("strategy-tracker-web");
    assertThat(page.text("#session")).contains("Öffentliche Ansicht");
  }

  private Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name) && !c.getValue().isEmpty())
        .findFirst();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String csrf) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
