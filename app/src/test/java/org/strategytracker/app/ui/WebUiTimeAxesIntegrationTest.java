package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The pages that follow other people's changes and show both time axes: the portfolio's live
 * refresh leaves typed filters alone, the measure page shows corrections since a "Wissensstand vom"
 * and each milestone's due dates, the Übersicht shows the changes of a period. One start of the
 * default run for all scenarios, which run in order; changes are made through the API, as another
 * department would. With {@code -Dscreenshots=docs} the screenshots go to docs/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTimeAxesIntegrationTest {

  static final String MEASURE = DefaultRun.OWN_MEASURE;
  static final String REFRESH = "document.dispatchEvent(new Event('aktualisieren'))";

  @TempDir static Path temp;
  DefaultRun run;
  Browser browser;
  String baseUrl;
  Instant beforeCorrection;
  final Path shots = Path.of(System.getProperty("screenshots", "target")).resolve("screenshots");
  final List<String> failures = new ArrayList<>();

  @BeforeAll
  void start() {
    run = DefaultRun.start(temp);
    browser = run.browser;
    baseUrl = run.baseUrl;
    // the city's PCs: the picker's local time and the server's stated moment read alike
    browser.useTimeZone("Europe/Berlin");
  }

  @AfterAll
  void stop() {
    if (run != null) {
      run.close();
    }
  }

  @Test
  @Order(1)
  void thePortfolioRefreshRedrawsTheTableButKeepsTheTypedFilterText() throws Exception {
    browser.open("/massnahmen?leadUnit=FB%2061");
    assertThat(browser.text("#massnahmen-tabelle")).doesNotContain("37 %");
    WebElement search = browser.find("#f-text");
    search.sendKeys("Bürgerinnen halb getippt");

    assertThat(
            run.post(
                    "fb61",
                    "/api/v1/measures/" + MEASURE + "/progress",
                    "*",
                    "{\"percentComplete\":37,\"health\":\"GREEN\",\"comment\":\"Erste Runde\"}")
                .statusCode())
        .isEqualTo(200);
    browser.wait.until(
        d -> {
          browser.js(REFRESH);
          return text("liste").contains("37 %");
        });

    assertThat(search.getAttribute("value")).isEqualTo("Bürgerinnen halb getippt");
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-text");
    assertThat(browser.text("#meldungen")).contains("Die Liste wurde aktualisiert");
  }

  @Test
  @Order(2)
  void theMeasureAsKnownAtAMomentShowsWhatWasCorrectedSinceByWhomAndWhy() throws Exception {
    String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    assertThat(
            run.post(
                    "fb61",
                    "/api/v1/measures/" + MEASURE + "/kpis",
                    "*",
                    "{\"id\":\"dialoge-pro-jahr\",\"name\":\"Dialoge pro Jahr\",\"unit\":\"Anzahl\","
                        + "\"direction\":\"INCREASE\",\"baseline\":0,\"target\":40,"
                        + "\"targetDate\":\"2030-12-31\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            run.post(
                    "fb61",
                    "/api/v1/measures/" + MEASURE + "/kpis/dialoge-pro-jahr/values",
                    "*",
                    "{\"id\":\"erster-wert\",\"value\":12,\"observedOn\":\"" + today + "\"}")
                .statusCode())
        .isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> run.get("/api/v1/measures/" + MEASURE).body().contains("\"latestValue\":12"));
    beforeCorrection = Instant.now();
    HttpResponse<String> correction =
        run.post(
            "fb61",
            "/api/v1/measures/" + MEASURE + "/kpis/dialoge-pro-jahr/values/erster-wert/correction",
            "*",
            "{\"value\":15,\"observedOn\":\""
                + today
                + "\",\"reason\":\"Zwei Termine im Stadtteilbüro nachgezählt\"}");
    assertThat(correction.statusCode()).as(correction.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> run.get("/api/v1/measures/" + MEASURE).body().contains("\"latestValue\":15"));

    await()
        .atMost(Duration.ofSeconds(30))
        .alias("the timeline (its own projection) has caught up")
        .until(
            () ->
                run.get("/api/v1/measures/" + MEASURE + "/corrections?knownAt=" + beforeCorrection)
                    .body()
                    .contains("KPI_CORRECTION"));
    browser.open("/massnahme?id=" + MEASURE + "&knownAt=" + beforeCorrection);
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("korrekturen"), "Messwert korrigiert"));
    assertThat(browser.text("#korrekturen-titel"))
        .isEqualTo("Seitdem korrigiert oder nachgetragen");
    assertThat(browser.text("#unterschiede"))
        .contains("Kennzahl: letzter Wert Dialoge pro Jahr 12 15");
    assertThat(browser.text("#nachtraege"))
        .contains("Messwert korrigiert")
        .contains("12 → 15")
        .contains("FB 61")
        .contains("„Zwei Termine im Stadtteilbüro nachgezählt“")
        .as("identities are for the strategy office and auditors only")
        .doesNotContain("Kennung");
    assertThat(browser.text("#fortschritt")).contains("37 %");
    check("massnahme-wissensstand");

    browser.open("/massnahme?id=" + MEASURE + "&knownAt=" + Instant.now());
    assertThat(browser.text("#korrekturen"))
        .contains("Keine Korrekturen und keine Nachträge seit dem Wissensstand vom");
    browser.open("/massnahme?id=" + MEASURE);
    assertThat(browser.driver.findElement(By.id("korrekturen-bereich")).isDisplayed()).isFalse();
  }

  @Test
  @Order(3)
  void eachMilestoneShowsTheSequenceOfItsDueDatesWithTheReasons() throws Exception {
    assertThat(
            run.post(
                    "fb61",
                    "/api/v1/measures/" + MEASURE + "/milestones",
                    "*",
                    "{\"id\":\"abnahme\",\"title\":\"Abnahme Dialogplattform\","
                        + "\"dueDate\":\"2030-03-31\"}")
                .statusCode())
        .isEqualTo(201);
    reschedule("2030-06-30", "Vergabe verzögert");
    reschedule("2030-09-30", "Datenschutzprüfung dauert länger");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                run.get("/api/v1/measures/" + MEASURE + "/milestones/abnahme/slips")
                    .body()
                    .contains("Datenschutzprüfung dauert länger"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> run.get("/api/v1/measures/" + MEASURE).body().contains("2030-09-30"));

    browser.open("/massnahme?id=" + MEASURE);
    WebElement history = browser.find("details[data-meilenstein='abnahme']");
    assertThat(history.getText()).startsWith("Verlauf der Fälligkeit");
    history.findElement(By.tagName("summary")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElement(history, "Datenschutzprüfung dauert länger"));
    List<String> dates =
        history.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
    assertThat(dates).hasSize(3);
    assertThat(dates.get(0)).startsWith("31.03.2030 (ursprünglich geplant)");
    assertThat(dates.get(1))
        .startsWith("30.06.2030 – verschoben um 91 Tage (vorher 31.03.2030)")
        .contains("FB 61")
        .contains("Begründung: „Vergabe verzögert“");
    assertThat(dates.get(2))
        .startsWith("30.09.2030 – verschoben um 92 Tage (vorher 30.06.2030)")
        .contains("Begründung: „Datenschutzprüfung dauert länger“");

    browser.open("/massnahme?id=" + MEASURE + "&knownAt=" + beforeCorrection);
    WebElement before = browser.find("#meilensteine");
    assertThat(before.getText()).as("planned after that moment").doesNotContain("Abnahme");
  }

  @Test
  @Order(4)
  void theUebersichtShowsThePeriodsChangesAndFollowsNewOnesWithoutTouchingTheDateFields()
      throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                run.get("/api/v1/reports/changes?from=" + quarterStart + "&to=" + today)
                    .body()
                    .contains("Vergabe verzögert"));
    browser.open("/");
    assertThat(browser.find("#von").getAttribute("value")).isEqualTo(quarterStart.toString());
    assertThat(browser.find("#bis").getAttribute("value")).isEqualTo(today.toString());
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("aenderungen"), "Abnahme Dialogplattform"));
    WebElement row =
        browser.driver.findElement(
            By.xpath(
                "//table[@id='aenderungen-tabelle']//tr[th[a='Digitale Bürger*innendialoge']]"));
    assertThat(row.getText())
        .contains("Meilenstein „Abnahme Dialogplattform“ verschoben 31.03.2030 → 30.06.2030")
        .contains("Meilenstein „Abnahme Dialogplattform“ verschoben 30.06.2030 → 30.09.2030")
        .contains("Kennzahl „Dialoge pro Jahr“ erstmals gemessen: 15");
    assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("/massnahme?id=" + MEASURE);
    assertThat(browser.text("#aenderungen-zahlen")).contains("2\nMeilensteine verschoben");
    check("uebersicht-aenderungen");

    browser.js("document.getElementById('von').value = arguments[0]", today.toString());
    browser.find("#zeitraum button[type=submit]").click();
    browser.wait.until(ExpectedConditions.urlContains("von=" + today + "&bis=" + today));
    browser.driver.navigate().refresh();
    browser.waitUntilLoaded();
    assertThat(browser.find("#von").getAttribute("value")).isEqualTo(today.toString());
    assertThat(browser.text("#aenderungen")).contains("Abnahme Dialogplattform");

    browser.js("document.getElementById('von').value = '2020-01-01'");
    reschedule("2030-12-31", "Pilotbezirk gewechselt");
    browser.wait.until(
        d -> {
          browser.js(REFRESH);
          return text("aenderungen").contains("30.09.2030 → 31.12.2030");
        });
    assertThat(browser.find("#von").getAttribute("value")).isEqualTo("2020-01-01");
    assertThat(failures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
  }

  @Test
  @Order(5)
  void aNewMeasureOpensOnItsOwnPageRightAway() {
    browser.signIn("strategie");
    browser.open("/massnahmen");
    browser.find("#anlegen-bereich summary").click();
    WebElement form = browser.find("#anlegen");
    form.findElement(By.name("title")).sendKeys("Offene Daten für Vereine");
    form.findElement(By.name("fieldOfAction")).sendKeys("Digitale Stadtgesellschaft");
    form.findElement(By.name("leadUnit")).sendKeys("FB 61");
    form.findElement(By.name("reason")).sendKeys("Beschluss des Verwaltungsvorstands");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("minVersion="));
    browser.waitUntilLoaded();
    assertThat(browser.text("#titel")).isEqualTo("Offene Daten für Vereine");
    assertThat(browser.text("#meldungen")).contains("Die Maßnahme wurde angelegt.");
  }

  private void reschedule(String dueDate, String reason) throws Exception {
    HttpResponse<String> answer =
        run.post(
            "fb61",
            "/api/v1/measures/" + MEASURE + "/milestones/abnahme/reschedule",
            "*",
            "{\"dueDate\":\"" + dueDate + "\",\"reason\":\"" + reason + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** The text of an element read in one step, so a redraw in between cannot make it stale. */
  private String text(String id) {
    return (String) browser.js("return document.getElementById(arguments[0]).textContent", id);
  }

  private void check(String screen) {
    browser.accessibilityViolations().forEach(v -> failures.add(screen + ": " + v));
    browser.screenshot(shots.resolve(screen + ".png"), 1280);
  }
}
