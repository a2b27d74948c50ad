package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.app.ui.DefaultRun.OWN_MEASURE;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages on a phone-sized screen and in the past: axe-core finds nothing, nothing scrolls
 * sideways, the "Wissensstand vom" picker keeps the chosen moment, and full-page screenshots hold
 * the whole page however long it is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmallScreensAndPastViewsUiIntegrationTest {

  static final ZoneId CITY = ZoneId.of("Europe/Berlin");

  @TempDir static Path temp;
  DefaultRun run;
  Browser browser;

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
  void onAPhoneEveryPagePassesTheAccessibilityCheckAndNothingScrollsSideways() {
    browser.signIn("fb61");
    browser.emulatePhone(390, 844);
    try {
      List<String> failures = new ArrayList<>();
      for (String page : List.of("/", "/massnahmen", "/massnahme?id=" + OWN_MEASURE)) {
        browser.open(page);
        if (page.startsWith("/massnahme?")) {
          List.of("fortschritt", "status", "meilenstein-planen", "kennzahl-definieren", "angaben")
              .forEach(browser::openAction);
        }
        browser.accessibilityViolations().forEach(v -> failures.add(page + ": " + v));
        assertThat(browser.elementsBeyond(390)).as("%s: wider than the phone", page).isEmpty();
        assertThat((Long) browser.js("return window.innerWidth")).as(page).isEqualTo(390L);
        assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
            .as("%s scrolls sideways", page)
            .isLessThanOrEqualTo(390L);
      }
      assertThat(failures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
    } finally {
      browser.stopEmulatingPhone();
    }
  }

  @Test
  @Order(2)
  void aPastDayPassesTheAccessibilityCheck() {
    String yesterday = LocalDate.now(CITY).minusDays(1).toString();
    List<String> failures = new ArrayList<>();
    String today = LocalDate.now(CITY).toString();
    for (String past :
        List.of("/massnahme?id=" + OWN_MEASURE + "&asOf=" + today, "/?asOf=" + yesterday)) {
      browser.open(past);
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              org.openqa.selenium.By.id("basis"), "Stand am"));
      browser.accessibilityViolations().forEach(v -> failures.add(past + ": " + v));
    }
    assertThat(failures).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
  }

  @Test
  @Order(3)
  void theKnownAtPickerKeepsTheChosenLocalTimeHoweverOftenItIsShown() {
    browser.useTimeZone("Europe/Berlin");
    browser.open("/massnahme?id=" + OWN_MEASURE);
    assertThat(browser.js("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .isEqualTo("Europe/Berlin");
    LocalDateTime chosen = LocalDateTime.now(CITY).truncatedTo(ChronoUnit.MINUTES);
    Instant expected = chosen.atZone(CITY).toInstant();
    String shown = chosen.toString();

    browser.setValue(browser.find("#knownAt"), shown);
    browser.find("#zeitpunkt button[type=submit]").click();
    browser.wait.until(ExpectedConditions.urlContains("knownAt="));
    browser.waitUntilLoaded();
    assertThat(knownAtInUrl()).isEqualTo(expected);
    assertThat(browser.find("#knownAt").getAttribute("value")).isEqualTo(shown);

    browser.find("#zeitpunkt button[type=submit]").click();
    browser.waitUntilLoaded();
    assertThat(knownAtInUrl()).isEqualTo(expected);
    assertThat(browser.find("#knownAt").getAttribute("value")).isEqualTo(shown);

    browser.open("/massnahme?id=" + OWN_MEASURE + "&knownAt=" + expected);
    assertThat(browser.find("#knownAt").getAttribute("value"))
        .as("a link with the instant shows it in local time")
        .isEqualTo(shown);
    browser.find("#zeitpunkt button[type=submit]").click();
    browser.waitUntilLoaded();
    assertThat(knownAtInUrl()).isEqualTo(expected);
  }

  @Test
  @Order(4)
  void aFullPageScreenshotHoldsTheWholePageHoweverLong() throws IOException {
    browser.open("/massnahmen");
    browser.driver.manage().window().setSize(new Dimension(390, 900));
    long height = (Long) browser.js("return document.documentElement.scrollHeight");
    long width = (Long) browser.js("return document.documentElement.scrollWidth");
    assertThat(height).as("a page longer than Chromium lets a window grow").isGreaterThan(8000);

    Path file = Path.of("target", "screenshot-check", "massnahmen-telefon.png");
    browser.screenshot(file, 390);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getHeight()).isEqualTo(height);
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(Files.size(file)).as("bytes").isLessThan(8_000_000);
    assertThat(image.getHeight() - lastDrawnRow(image))
        .as("the footer is drawn near the bottom, nothing cut off or left blank")
        .isLessThan(300);
  }

  @Test
  @Order(5)
  void theDashboardChartHatchesTheStatusesThatDifferByShadeAlone() {
    browser.open("/");
    browser.find("#felder-diagramm");
    @SuppressWarnings("unchecked")
    List<String> fills =
        (List<String>)
            browser.js(
                "const chart = Chart.getChart(document.getElementById('felder-diagramm'));"
                    + " return chart.data.datasets.map(d => d.key + ':'"
                    + " + (d.backgroundColor instanceof CanvasPattern ? 'gemustert' : d.backgroundColor));");
    assertThat(fills)
        .contains("CANCELLED:gemustert", "ON_HOLD:gemustert")
        .anyMatch(fill -> fill.startsWith("PLANNED:#"));
  }

  private static int lastDrawnRow(BufferedImage image) {
    for (int y = image.getHeight() - 1; y >= 0; y--) {
      int[] row = image.getRGB(0, y, image.getWidth(), 1, null, 0, image.getWidth());
      if (Arrays.stream(row).distinct().count() > 1) {
        return y;
      }
    }
    return 0;
  }

  private Instant knownAtInUrl() {
    String query = URI.create(browser.driver.getCurrentUrl()).getRawQuery();
    return Arrays.stream(query.split("&"))
        .filter(p -> p.startsWith("knownAt="))
        .map(p -> URLDecoder.decode(p.substring("knownAt=".length()), StandardCharsets.UTF_8))
        .map(Instant::parse)
        .findFirst()
        .orElseThrow();
  }
}
