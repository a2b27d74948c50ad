package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface end to end: the default run (Aachen catalogue, demo accounts) on a random port,
 * driven by a real headless Chromium. One start of the app for all scenarios, which run in order.
 * With {@code -Dscreenshots=docs} the screenshots go to docs/screenshots/ for the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIntegrationTest {

  static final String OWN_MEASURE = DefaultRun.OWN_MEASURE;
  static final String FOREIGN_MEASURE = "antrag-auf-schuelerfahrkosten"; // led by FB 45

  @TempDir static Path temp;
  DefaultRun run;
  Browser browser;
  String baseUrl;
  Instant beforeFirstReport;
  final HttpClient http = HttpClient.newHttpClient();
  final Map<String, Integer> axeViolations = new LinkedHashMap<>();

  @BeforeAll
  void start() {
    run = DefaultRun.start(temp);
    browser = run.browser;
    baseUrl = run.baseUrl;
    beforeFirstReport = Instant.now();
  }

  @AfterAll
  void stop() {
    System.out.println("axe-core WCAG 2.1 A/AA violations per screen: " + axeViolations);
    if (run != null) {
      run.close();
    }
  }

  @Test
  @Order(0)
  void meTellsThePagesWhoIsSignedIn() throws Exception {
    assertThat(run.get("/api/v1/me").body()).contains("\"anonymous\":true");
    HttpResponse<String> me =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me"))
                .header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("fb61:fb61-demo".getBytes()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(me.body())
        .contains(
            "\"anonymous\":false",
            "\"username\":\"fb61\"",
            "\"roles\":[\"EDITOR\"]",
            "\"units\":[\"FB 61\"]");
  }

  @Test
  @Order(0)
  void theBrowserShowsDatesAsAGermanUserSeesThem() {
    browser.open("/anmelden");
    assertThat(browser.js("return navigator.language")).isEqualTo("de-DE");
    assertThat(browser.js("return new Intl.DateTimeFormat().format(new Date(2024, 5, 30))"))
        .isEqualTo("30.6.2024");
  }

  @Test
  @Order(1)
  void departmentReportsProgressAndSeesItInTheTimelineAndTheDashboard() {
    browser.signIn("fb61");
    browser.open("/massnahmen?leadUnit=FB%2061");
    browser.driver.findElement(By.linkText("Digitale Bürger*innendialoge")).click();
    browser.waitUntilLoaded();
    browser.find("#aendern");

    openAction("fortschritt");
    WebElement form = browser.find("#form-fortschritt");
    form.findElement(By.name("percentComplete")).sendKeys("40");
    new Select(form.findElement(By.name("health"))).selectByVisibleText("Gelb (gefährdet)");
    form.findElement(By.name("comment")).sendKeys("Kategorien im Mängelmelder erweitert");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("meldungen"), "Gespeichert"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#zeitleiste li:first-child"), "Kategorien im Mängelmelder erweitert"));
    assertThat(browser.text("#zeitleiste li:first-child"))
        .contains("Fortschritt 40 %, Ampel Gelb (gefährdet) gemeldet")
        .contains("Begründung: „Kategorien im Mängelmelder erweitert“")
        .contains("Quelle: Oberfläche");
    assertThat(browser.text("#fortschritt")).contains("40 %").contains("Gelb (gefährdet)");

    browser.open("/");
    WebElement band =
        browser.driver.findElement(By.xpath("//tr[th[normalize-space()='25–49 %']]//a"));
    assertThat(band.getText()).isEqualTo("1");
    band.click();
    browser.waitUntilLoaded();
    assertThat(browser.text("#massnahmen-tabelle"))
        .contains("Digitale Bürger*innendialoge")
        .contains("Gelb (gefährdet)");
  }

  @Test
  @Order(2)
  void departmentFindsNoWayToChangeAnotherDepartmentsMeasure() {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + FOREIGN_MEASURE);
    assertThat(browser.text("#angaben")).contains("FB 45");
    assertThat(browser.driver.findElement(By.id("aendern")).isDisplayed()).isFalse();
    assertThat(browser.driver.findElements(By.cssSelector("#formulare form"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("main form")))
        .as("only the date pickers, no change form")
        .extracting(e -> e.getAttribute("id"))
        .containsExactly("zeitpunkt");

    browser.open("/massnahme?id=" + OWN_MEASURE);
    List<String> offered =
        browser.driver.findElements(By.cssSelector("#formulare details summary")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(offered)
        .contains(
            "Fortschritt melden", "Status ändern", "Meilenstein planen", "Kennzahl definieren")
        .noneMatch(action -> action.contains("Priorität"));
  }

  @Test
  @Order(3)
  void errorsAppearNextToTheirField() {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    openAction("status");
    WebElement form = browser.find("#form-status");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement reason = form.findElement(By.name("reason"));
    browser.wait.until(d -> "true".equals(reason.getAttribute("aria-invalid")));
    String describedBy = reason.getAttribute("aria-describedby");
    assertThat(
            browser
                .driver
                .findElement(By.id(describedBy.substring(describedBy.lastIndexOf(' ') + 1)))
                .getText())
        .isNotBlank();
    assertThat(reason.findElement(By.xpath("./ancestor::div[@class='feld']")).getText())
        .containsIgnoringCase("begründung");
  }

  @Test
  @Order(4)
  void aStaleFormIsCaughtAndExplainedWhileTheTypedTextStays() throws Exception {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    openAction("fortschritt");
    WebElement form = browser.find("#form-fortschritt");
    WebElement comment = form.findElement(By.name("comment"));
    comment.sendKeys("Mein halb getippter Bericht");

    String version =
        run.get("/api/v1/measures/" + OWN_MEASURE).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> meanwhile =
        run.post(
            "fb61",
            "/api/v1/measures/" + OWN_MEASURE + "/milestones",
            version,
            "{\"title\":\"Pilotbetrieb Kategorien\",\"dueDate\":\"2030-06-30\"}");
    assertThat(meanwhile.statusCode()).isEqualTo(201);

    new WebDriverWait(browser.driver, Duration.ofSeconds(25))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("meldungen"), "von anderer Stelle geändert"));
    assertThat(browser.text("#meilensteine")).contains("Pilotbetrieb Kategorien");
    assertThat(comment.getAttribute("value")).isEqualTo("Mein halb getippter Bericht");

    form.findElement(By.name("percentComplete")).clear();
    form.findElement(By.name("percentComplete")).sendKeys("45");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElement(
            form, "Jemand anderes hat diese Maßnahme geändert"));
    assertThat(
            browser.find("#form-fortschritt").findElement(By.name("comment")).getAttribute("value"))
        .isEqualTo("Mein halb getippter Bericht");
    assertThat(run.get("/api/v1/measures/" + OWN_MEASURE).body())
        .contains("\"percentComplete\":40");
  }

  @Test
  @Order(5)
  void aPastDateShowsTheOlderState() {
    browser.signOut();
    browser.open("/");
    assertThat(browser.text("#uebersicht .kachel")).contains("60");
    String yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1).toString();
    browser.js("document.getElementById('asOf').value = arguments[0]", yesterday);
    browser.find("#zeitpunkt button[type=submit]").click();
    browser.wait.until(ExpectedConditions.urlContains("asOf=" + yesterday));
    browser.waitUntilLoaded();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("basis"), "Stand am"));
    assertThat(browser.text("#uebersicht .kachel"))
        .as("the catalogue was imported today")
        .startsWith("0");

    browser.open("/massnahme?id=" + OWN_MEASURE);
    assertThat(browser.text("#fortschritt")).contains("40 %");
    browser.open("/massnahme?id=" + OWN_MEASURE + "&knownAt=" + beforeFirstReport);
    assertThat(browser.text("#basis")).contains("Wissensstand vom");
    assertThat(browser.text("#fortschritt")).doesNotContain("40 %").contains("keine Meldung");
    assertThat(browser.driver.findElement(By.id("aendern")).isDisplayed())
        .as("no changes to the past")
        .isFalse();
  }

  @Test
  @Order(6)
  void downloadsAStatusReportForTheChosenDate() throws Exception {
    String yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1).toString();
    browser.open("/?asOf=" + yesterday);
    assertThat(browser.find("a.bericht[data-format=xlsx]").getAttribute("href"))
        .contains("format=xlsx")
        .contains("asOf=" + yesterday);
    assertThat(browser.find("a.bericht[data-format=pdf]").getAttribute("href"))
        .contains("format=pdf")
        .contains("asOf=" + yesterday);
    browser.find("a.bericht[data-format=csv]").click();
    await().atMost(Duration.ofSeconds(20)).until(() -> completedDownloads().findAny().isPresent());
    Path report = completedDownloads().findFirst().orElseThrow();
    assertThat(report.getFileName().toString())
        .startsWith("statusbericht_" + yesterday)
        .endsWith(".csv");
    assertThat(Files.size(report)).isPositive();

    // a department's own report: the list's unit filter narrows the download
    browser.open("/massnahmen?leadUnit=FB%2061");
    browser.find("a.bericht[data-format=csv-semicolon]").click();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                completedDownloads()
                    .anyMatch(p -> p.getFileName().toString().startsWith("statusbericht_FB-61_")));
    Path own =
        completedDownloads()
            .filter(p -> p.getFileName().toString().startsWith("statusbericht_FB-61_"))
            .findFirst()
            .orElseThrow();
    List<String> lines =
        Files.readAllLines(own, StandardCharsets.UTF_8).stream()
            .map(line -> line.replace("\uFEFF", ""))
            .toList();
    assertThat(lines)
        .anyMatch(line -> line.contains("Auswahl: Maßnahmen unter Federführung von FB 61"));
    List<String> rows = lines.stream().filter(line -> !line.startsWith("#")).skip(1).toList();
    assertThat(rows).isNotEmpty().allMatch(row -> row.split(";")[3].startsWith("\"FB 61"));
    assertThat(rows)
        .anyMatch(row -> row.contains(OWN_MEASURE))
        .noneMatch(row -> row.contains(FOREIGN_MEASURE));
  }

  @Test
  @Order(7)
  void auditorSeesTheTrailAndTheChainVerification() {
    browser.signIn("pruefung");
    browser.open("/pruefung");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("kette"), "Kette unversehrt"));
    new Select(browser.find("#p-type")).selectByVisibleText("Fortschritt gemeldet");
    browser.find("#protokoll-filter button[type=submit]").click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("protokoll-tabelle"), "Kategorien im Mängelmelder erweitert"));
    assertThat(browser.driver.getCurrentUrl()).contains("type=ProgressReported");
    assertThat(browser.text("#protokoll-tabelle")).contains("Oberfläche").doesNotContain("AMBER");
  }

  @Test
  @Order(8)
  void everyScreenPassesTheAutomatedAccessibilityCheck() {
    Path shots = Path.of(System.getProperty("screenshots", "target")).resolve("screenshots");
    List<String> failures = new ArrayList<>();
    browser.signOut();
    check(failures, "anmelden", "/anmelden", shots);
    check(failures, "uebersicht", "/", shots);
    check(failures, "massnahmen", "/massnahmen?sort=-lastUpdate", shots);
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    openAction("fortschritt");
    check(failures, "massnahme", null, shots);
    openAction("angaben");
    openAction("federfuehrung");
    openAction("mitwirkende-hinzufuegen");
    openAction("zeitraum");
    check(failures, "massnahme-aendern", null, shots);
    browser.signIn("pruefung");
    check(failures, "pruefung", "/pruefung", shots);
    browser.signOut();
    browser.open("/massnahme?id=" + OWN_MEASURE);
    browser.screenshot(shots.resolve("massnahme-telefon.png"), 390);
    browser.open("/");
    browser.screenshot(shots.resolve("uebersicht-telefon.png"), 390);
    assertThat(failures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
  }

  @Test
  @Order(9)
  void strategyOfficeHandsTheLeadToAnotherUnitWithAReason() {
    browser.signIn("strategie");
    browser.open("/massnahme?id=" + FOREIGN_MEASURE);
    openAction("federfuehrung");
    WebElement form = browser.find("#form-federfuehrung");
    form.findElement(By.name("leadUnit")).sendKeys("FB11/400");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement reason = form.findElement(By.name("reason"));
    browser.wait.until(d -> "true".equals(reason.getAttribute("aria-invalid")));
    assertThat(reason.findElement(By.xpath("./ancestor::div[@class='feld']")).getText())
        .contains("Grund ist erforderlich");

    reason.sendKeys("Zuständigkeit im Verwaltungsvorstand neu geordnet");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("meldungen"), "Gespeichert"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#zeitleiste li:first-child"), "FB 11/400"));
    assertThat(browser.text("#zeitleiste li:first-child"))
        .contains("Federführung von FB 45")
        .contains("Zuständigkeit im Verwaltungsvorstand neu geordnet");
    assertThat(browser.text("#angaben")).contains("FB 11/400");

    browser.signIn("fb11");
    browser.open("/massnahme?id=" + FOREIGN_MEASURE);
    assertThat(offeredActions()).contains("Federführung ändern", "Zeitraum ändern");
    browser.signIn("fb45");
    browser.open("/massnahme?id=" + FOREIGN_MEASURE);
    assertThat(browser.driver.findElement(By.id("aendern")).isDisplayed()).isFalse();
  }

  @Test
  @Order(10)
  void departmentAddsACollaboratorWhoMayThenReportProgressAndRemovesItAgain() {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    openAction("mitwirkende-hinzufuegen");
    WebElement form = browser.find("#form-mitwirkende-hinzufuegen");
    form.findElement(By.name("name")).sendKeys("FB 45");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#zeitleiste li:first-child"), "„FB 45“ hinzugefügt"));
    assertThat(browser.text("#angaben")).contains("FB 13").contains("FB 45");

    browser.signIn("fb45");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    assertThat(offeredActions())
        .contains("Fortschritt melden")
        .doesNotContain("Federführung ändern", "Mitwirkende entfernen");

    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    openAction("mitwirkende-entfernen");
    WebElement removal = browser.find("#form-mitwirkende-entfernen");
    new Select(removal.findElement(By.name("collaborator"))).selectByVisibleText("FB 45 (Einheit)");
    removal.findElement(By.name("reason")).sendKeys("Nur beratend beteiligt");
    removal.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#zeitleiste li:first-child"), "Nur beratend beteiligt"));
    assertThat(browser.text("#angaben")).contains("FB 13").doesNotContain("FB 45");
  }

  private List<String> offeredActions() {
    browser.find("#formulare details summary");
    return browser.driver.findElements(By.cssSelector("#formulare details summary")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void check(List<String> failures, String screen, String path, Path shots) {
    if (path != null) {
      browser.open(path);
    }
    List<String> violations = browser.accessibilityViolations();
    axeViolations.put(screen, violations.size());
    violations.forEach(v -> failures.add(screen + ": " + v));
    browser.screenshot(shots.resolve(screen + ".png"), 1280);
  }

  private void openAction(String key) {
    WebElement summary = browser.find("details[data-aktion='" + key + "'] > summary");
    if (summary.findElement(By.xpath("..")).getAttribute("open") == null) {
      summary.click();
    }
  }

  private Stream<Path> completedDownloads() throws Exception {
    return Files.list(browser.downloads)
        .filter(p -> !p.toString().endsWith(".crdownload"))
        .toList()
        .stream();
  }
}
