package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, with the few
 * things the UI tests need: sign in, wait, run axe-core, take screenshots.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Chromium's German interface strings. On Linux, Chromium ignores {@code --lang} and takes its
   * locale from LANGUAGE/LANG, and only if the locale's pack is installed; without it, it falls
   * back to en-US and date fields read mm/dd/yyyy instead of tt.mm.jjjj.
   */
  static final Path GERMAN_LOCALE = Path.of("/usr/lib/chromium/locales/de.pak");

  final ChromeDriver driver;
  final String baseUrl;
  final Path downloads;
  final WebDriverWait wait;

  Browser(String baseUrl, Path profile, Path downloads) {
    assertThat(CHROMIUM)
        .as("Chromium must be installed (apt-get install chromium chromium-driver)")
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as("chromedriver must be installed (apt-get install chromium-driver)")
        .isExecutable();
    assertThat(GERMAN_LOCALE)
        .as("Chromium's German locale must be installed (apt-get install chromium-l10n)")
        .isRegularFile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=de-DE",
        "--accept-lang=de-DE,de",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "de-DE,de"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .withEnvironment(Map.of("LANGUAGE", "de", "LANG", "de_DE.UTF-8"))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.baseUrl = baseUrl;
    this.downloads = downloads;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String path) {
    driver.get(baseUrl + path);
    waitUntilLoaded();
  }

  /** Waits until no part of the page is still loading (aria-busy="true"). */
  void waitUntilLoaded() {
    wait.until(
        d ->
            "complete".equals(js("return document.readyState"))
                && d.findElements(By.cssSelector("[aria-busy='true']")).isEmpty()
                && !d.findElements(By.cssSelector("#session > *")).isEmpty());
  }

  void signIn(String username) {
    driver.manage().deleteAllCookies();
    open("/anmelden");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(username + "-demo");
    driver.findElement(By.cssSelector("#anmelden button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/anmelden")));
    waitUntilLoaded();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session"), "Angemeldet"));
  }

  void signOut() {
    driver.manage().deleteAllCookies();
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  String text(String css) {
    return find(css).getText();
  }

  Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Runs axe-core with the WCAG 2.1 A and AA rules on the current page; answers the violations. */
  List<String> accessibilityViolations() {
    js(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                    + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))"
                    + ".catch(e => done(['axe failed: ' + e]));");
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) result;
    return violations;
  }

  private static String axeSource() {
    try (InputStream in =
        Browser.class.getResourceAsStream(
            "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      assertThat(in).as("axe-core webjar on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PNG of the whole page at the given width, however long the page: Chrome's own full-page
   * capture (DevTools {@code Page.captureScreenshot} beyond the viewport), not a window stretched
   * to the page's height, which Chromium caps.
   */
  void screenshot(Path file, int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
    js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    Map<String, Object> size =
        asMap(driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize"));
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", ((Number) size.get("height")).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /** Shows pages as a phone of the given CSS size does (touch, mobile viewport). */
  void emulatePhone(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Back to the desktop window after {@link #emulatePhone}. */
  void stopEmulatingPhone() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * The innermost elements reaching past the right edge of a screen this wide and not clipped by a
   * scrolling or hiding container (tag#id.class, width, text), to say what makes a page scroll
   * sideways.
   */
  List<String> elementsBeyond(int width) {
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            js(
                "const edge = arguments[0];"
                    + " const clipped = e => { for (let a = e.parentElement; a && a !== document.body;"
                    + " a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible'"
                    + " && a.getBoundingClientRect().right <= edge + 0.5) return true; } return false; };"
                    + " const beyond = [...document.body.querySelectorAll('*')].filter(e =>"
                    + " e.getBoundingClientRect().right > edge + 0.5 && e.getClientRects().length"
                    + " && !clipped(e));"
                    + " return beyond.filter(e => !beyond.some(o => o !== e && e.contains(o)))"
                    + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                    + " + ' ' + Math.round(e.getBoundingClientRect().width) + 'px: '"
                    + " + (e.textContent || '').trim().slice(0, 40));",
                width);
    return found;
  }

  /** Makes the browser's clock read local time in the given zone (e.g. Europe/Berlin). */
  void useTimeZone(String zone) {
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
  }

  /** Opens a change form of the measure page (a disclosure with data-aktion) and answers it. */
  WebElement openAction(String key) {
    WebElement summary = find("details[data-aktion='" + key + "'] > summary");
    if (summary.findElement(By.xpath("..")).getAttribute("open") == null) {
      summary.click();
    }
    return find("#form-" + key);
  }

  /**
   * Sets a field's value as typing would, with an input event; for date fields, whose typed form
   * depends on the browser's language (tt.mm.jjjj).
   */
  void setValue(WebElement field, String value) {
    js(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field,
        value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
