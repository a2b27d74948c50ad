package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.app.ui.DefaultRun.OWN_MEASURE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Every change form of the measure page, filled in and sent in a real browser: milestones and KPIs
 * as the lead department, priority, registration, completion and reopening as the strategy office,
 * and no forms at all for viewers and auditors. The forms pass axe-core while open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeasureFormsUiIntegrationTest {

  static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final String KPI = "Teilnehmende je Dialog";

  @TempDir static Path temp;
  DefaultRun run;
  Browser browser;
  final List<String> axeFailures = new ArrayList<>();
  final LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

  @BeforeAll
  void start() {
    run = DefaultRun.start(temp);
    browser = run.browser;
  }

  @AfterAll
  void stop() {
    if (run != null) {
      run.close();
    }
  }

  @Test
  @Order(1)
  void departmentPlansReschedulesReachesAndDropsMilestones() {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);

    WebElement plan = browser.openAction("meilenstein-planen");
    plan.findElement(By.name("title")).sendKeys("Pilot Bürger*innenrat");
    browser.setValue(plan.findElement(By.name("dueDate")), "2030-03-31");
    submitAndWaitForTimeline(plan, "Meilenstein „Pilot Bürger*innenrat“ zum 31.03.2030 geplant");
    assertThat(milestoneRow("Pilot Bürger*innenrat")).contains("31.03.2030").endsWith("offen");

    WebElement reschedule = browser.openAction("meilenstein-verschieben");
    new Select(reschedule.findElement(By.name("milestoneId")))
        .selectByVisibleText("Pilot Bürger*innenrat (fällig 31.03.2030)");
    browser.setValue(reschedule.findElement(By.name("dueDate")), "2030-06-30");
    reschedule.findElement(By.name("reason")).sendKeys("Ratsbeschluss abwarten");
    submitAndWaitForTimeline(
        reschedule,
        "Meilenstein „Pilot Bürger*innenrat“ von 31.03.2030 auf 30.06.2030 verschoben:"
            + " Ratsbeschluss abwarten");
    assertThat(milestoneRow("Pilot Bürger*innenrat"))
        .contains("30.06.2030", "31.03.2030 (verschoben)", " 1 ")
        .endsWith("offen");

    WebElement reached = browser.openAction("meilenstein-erreicht");
    new Select(reached.findElement(By.name("milestoneId")))
        .selectByVisibleText("Pilot Bürger*innenrat (fällig 30.06.2030)");
    reached.findElement(By.name("comment")).sendKeys("Früher als gedacht");
    String day = GERMAN_DAY.format(today);
    submitAndWaitForTimeline(
        reached, "Meilenstein „Pilot Bürger*innenrat“ am " + day + " erreicht");
    assertThat(browser.text("#zeitleiste li:first-child"))
        .as("the comment is the entry's reason, said once")
        .contains("Begründung: „Früher als gedacht“")
        .doesNotContain("erreicht: Früher als gedacht");
    assertThat(milestoneRow("Pilot Bürger*innenrat")).endsWith("erreicht am " + day);

    plan = browser.openAction("meilenstein-planen");
    plan.findElement(By.name("title")).sendKeys("Auswertung Beteiligung");
    browser.setValue(plan.findElement(By.name("dueDate")), "2031-01-31");
    submitAndWaitForTimeline(plan, "Meilenstein „Auswertung Beteiligung“ zum 31.01.2031 geplant");
    WebElement drop = browser.openAction("meilenstein-aufgeben");
    new Select(drop.findElement(By.name("milestoneId")))
        .selectByVisibleText("Auswertung Beteiligung (fällig 31.01.2031)");
    drop.findElement(By.name("reason")).sendKeys("Wird vom Rat selbst ausgewertet");
    submitAndWaitForTimeline(
        drop, "Meilenstein „Auswertung Beteiligung“ aufgegeben: Wird vom Rat selbst ausgewertet");
    assertThat(milestoneRow("Auswertung Beteiligung")).endsWith("aufgegeben");
  }

  @Test
  @Order(2)
  void departmentDefinesAKpiRecordsAndCorrectsValuesAndMovesItsTarget() {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);

    WebElement define = browser.openAction("kennzahl-definieren");
    define.findElement(By.name("name")).sendKeys(KPI);
    define.findElement(By.name("unit")).sendKeys("Personen");
    new Select(define.findElement(By.name("direction"))).selectByVisibleText("höher ist besser");
    define.findElement(By.name("baseline")).sendKeys("20");
    define.findElement(By.name("target")).sendKeys("120");
    browser.setValue(define.findElement(By.name("targetDate")), "2030-12-31");
    submitAndWaitForTimeline(
        define, "Kennzahl „" + KPI + "“ definiert (höher ist besser, Ziel 120 bis 31.12.2030)");
    assertThat(browser.text("#kennzahlen"))
        .contains(KPI + " (Personen)", "Ausgangswert\n20", "Ziel\n120 bis 31.12.2030")
        .contains("noch kein Wert");

    LocalDate yesterday = today.minusDays(1);
    recordValue("35", yesterday);
    recordValue("52", today);
    assertThat(browser.text("#kennzahlen"))
        .contains("52 (gemessen am " + GERMAN_DAY.format(today) + ")");

    WebElement correct = browser.openAction("messwert-korrigieren");
    new Select(correct.findElement(By.name("valueId")))
        .selectByVisibleText(KPI + ": 35 vom " + GERMAN_DAY.format(yesterday));
    correct.findElement(By.name("value")).sendKeys("38");
    correct.findElement(By.name("reason")).sendKeys("Zählfehler im Protokoll");
    submitAndWaitForTimeline(
        correct,
        "Messwert für „"
            + KPI
            + "“ von 35 (Stand "
            + GERMAN_DAY.format(yesterday)
            + ") auf 38 (Stand "
            + GERMAN_DAY.format(yesterday)
            + ") korrigiert: Zählfehler im Protokoll");
    String kpis = browser.text("#kennzahlen");
    assertThat(kpis).contains("Korrekturen: 35 → 38 am ").contains("(„Zählfehler im Protokoll“)");
    assertThat(valueRow(yesterday)).contains("38").doesNotContain("35");
    assertThat(valueRow(today)).contains("52");

    String canvas = "#kennzahlen canvas";
    browser.find(canvas);
    @SuppressWarnings("unchecked")
    List<String> datasets =
        (List<String>)
            browser.js(
                "const chart = Chart.getChart(document.querySelector(arguments[0]));"
                    + " return chart ? chart.data.datasets.map(d => d.label + ':' + d.data.length) : [];",
                canvas);
    assertThat(datasets).containsExactly("Messwert (Personen):2", "Weg zum Ziel:2");
    assertThat((Long) browser.js("return document.querySelector(arguments[0]).width", canvas))
        .isPositive();

    WebElement target = browser.openAction("kennzahl-ziel");
    new Select(target.findElement(By.name("kpiId"))).selectByVisibleText(KPI + " (Personen)");
    target.findElement(By.name("target")).sendKeys("150");
    browser.setValue(target.findElement(By.name("targetDate")), "2031-06-30");
    target.findElement(By.name("reason")).sendKeys("Hohe Nachfrage");
    submitAndWaitForTimeline(
        target,
        "Ziel der Kennzahl „"
            + KPI
            + "“ von „120 bis 31.12.2030“ auf „150 bis 30.06.2031“ geändert: Hohe Nachfrage");
    assertThat(browser.text("#kennzahlen")).contains("Ziel\n150 bis 30.06.2031");
  }

  @Test
  @Order(3)
  void everyFormOfTheDepartmentPassesTheAccessibilityCheckWhileOpen() {
    browser.signIn("fb61");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    WebElement plan = browser.openAction("meilenstein-planen");
    plan.findElement(By.name("title")).sendKeys("Nachbereitung");
    browser.setValue(plan.findElement(By.name("dueDate")), "2031-03-31");
    submitAndWaitForTimeline(plan, "Meilenstein „Nachbereitung“ zum 31.03.2031 geplant");
    List<String> offered = openEveryAction();
    assertThat(offered)
        .contains(
            "meilenstein-planen",
            "meilenstein-verschieben",
            "meilenstein-erreicht",
            "meilenstein-aufgeben",
            "kennzahl-definieren",
            "kennzahl-ziel",
            "messwert",
            "messwert-korrigieren");
    axe("massnahme-alle-formulare");

    WebElement status = browser.openAction("status");
    status.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement reason = status.findElement(By.name("reason"));
    browser.wait.until(d -> "true".equals(reason.getAttribute("aria-invalid")));
    axe("massnahme-serverfehler");
    assertThat(axeFailures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
  }

  @Test
  @Order(4)
  void strategyOfficeAssignsAPriorityWithAReason() {
    browser.signIn("strategie");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    assertThat(priority()).isEqualTo("1");
    WebElement form = browser.openAction("prioritaet");
    axe("prioritaet");
    new Select(form.findElement(By.name("priority"))).selectByValue("3");
    form.findElement(By.name("reason")).sendKeys("Haushaltssperre 2027");
    submitAndWaitForTimeline(form, "Priorität von 1 auf 3 geändert: Haushaltssperre 2027");
    assertThat(priority()).isEqualTo("3");
    assertThat(axeFailures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
  }

  @Test
  @Order(5)
  void strategyOfficeRegistersAMeasureThenCompletesAndReopensIt() {
    browser.signIn("strategie");
    browser.open("/massnahmen");
    WebElement summary = browser.find("#anlegen-bereich details > summary");
    summary.click();
    WebElement form = browser.find("#anlegen");
    axe("massnahme-anlegen");
    form.findElement(By.name("title")).sendKeys("Digitale Sprechstunde im Bürgerservice");
    form.findElement(By.name("fieldOfAction")).sendKeys("Bürger*innenpartizipation");
    form.findElement(By.name("leadUnit")).sendKeys("FB 61");
    form.findElement(By.name("period")).sendKeys("2026 - 2027");
    form.findElement(By.name("reason")).sendKeys("Beschluss des Verwaltungsvorstands");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("/massnahme?id="));
    browser.waitUntilLoaded();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("meldungen"), "Die Maßnahme wurde angelegt."));
    assertThat(browser.text("#titel")).isEqualTo("Digitale Sprechstunde im Bürgerservice");
    assertThat(browser.text("#angaben")).contains("FB 61", "Geplant");

    changeStatus("In Umsetzung", "Projektteam steht");
    changeStatus("Abgeschlossen", "Sprechstunde läuft im Regelbetrieb");
    assertThat(browser.text("#angaben")).contains("Abgeschlossen");
    assertThat(offeredActions()).containsExactly("wiedereroeffnen");

    WebElement reopen = browser.openAction("wiedereroeffnen");
    axe("wiedereroeffnen");
    new Select(reopen.findElement(By.name("status"))).selectByVisibleText("In Umsetzung");
    reopen.findElement(By.name("reason")).sendKeys("Zweiter Standort kommt hinzu");
    submitAndWaitForTimeline(
        reopen,
        "Maßnahme wieder geöffnet, Status von „Abgeschlossen“ auf „In Umsetzung“ geändert:"
            + " Zweiter Standort kommt hinzu");
    assertThat(browser.text("#angaben")).contains("In Umsetzung");
    assertThat(offeredActions())
        .contains("status", "fortschritt")
        .doesNotContain("wiedereroeffnen");
    assertThat(axeFailures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
  }

  @Test
  @Order(6)
  void viewerAndAuditorFindNoChangeFormOnAMeasure() {
    for (String reader : List.of("rat", "pruefung")) {
      browser.signIn(reader);
      browser.open("/massnahme?id=" + OWN_MEASURE);
      assertThat(browser.text("#meilensteine")).as(reader).contains("Pilot Bürger*innenrat");
      assertThat(browser.driver.findElement(By.id("aendern")).isDisplayed()).as(reader).isFalse();
      assertThat(browser.driver.findElements(By.cssSelector("main form")))
          .as(reader + ": only the date pickers, no change form")
          .extracting(e -> e.getAttribute("id"))
          .containsExactly("zeitpunkt");
    }
  }

  private void submitAndWaitForTimeline(WebElement form, String sentence) {
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#zeitleiste li:first-child"), sentence));
  }

  private void recordValue(String value, LocalDate observedOn) {
    WebElement form = browser.openAction("messwert");
    new Select(form.findElement(By.name("kpiId"))).selectByVisibleText(KPI + " (Personen)");
    form.findElement(By.name("value")).sendKeys(value);
    browser.setValue(form.findElement(By.name("observedOn")), observedOn.toString());
    submitAndWaitForTimeline(
        form,
        "Messwert "
            + value
            + " für „"
            + KPI
            + "“ (Stand "
            + GERMAN_DAY.format(observedOn)
            + ") erfasst");
  }

  private void changeStatus(String to, String reason) {
    WebElement form = browser.openAction("status");
    new Select(form.findElement(By.name("status"))).selectByVisibleText(to);
    form.findElement(By.name("reason")).sendKeys(reason);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#zeitleiste li:first-child"), "auf „" + to + "“ geändert: " + reason));
  }

  /** The milestone's row without its (closed) due-date history. */
  private String milestoneRow(String title) {
    String row =
        browser
            .find("#meilensteine")
            .findElement(By.xpath(".//tr[th[normalize-space()='" + title + "']]"))
            .getText()
            .replace('\n', ' ');
    int history = row.indexOf(" Verlauf der Fälligkeit");
    return history < 0 ? row : row.substring(0, history);
  }

  private String valueRow(LocalDate observedOn) {
    return browser
        .find("#kennzahlen")
        .findElement(
            By.xpath(".//tbody/tr[th[normalize-space()='" + GERMAN_DAY.format(observedOn) + "']]"))
        .getText();
  }

  private String priority() {
    return browser
        .find("#angaben")
        .findElement(By.xpath(".//dt[normalize-space()='Priorität']/following-sibling::dd[1]"))
        .getText();
  }

  private List<String> offeredActions() {
    browser.find("#formulare details");
    return browser.driver.findElements(By.cssSelector("#formulare details")).stream()
        .map(d -> d.getAttribute("data-aktion"))
        .toList();
  }

  private List<String> openEveryAction() {
    List<String> actions = offeredActions();
    actions.forEach(browser::openAction);
    return actions;
  }

  private void axe(String screen) {
    browser.accessibilityViolations().forEach(v -> axeFailures.add(screen + ": " + v));
  }
}
