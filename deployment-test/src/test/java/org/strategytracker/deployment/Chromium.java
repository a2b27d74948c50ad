package org.strategytracker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven through its chromedriver, as a person at the proxy. */
final class Chromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  final WebDriverWait wait;

  Chromium(Path profile) {
    assertThat(CHROMIUM)
        .as("Chromium must be installed (apt-get install chromium chromium-driver)")
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as("chromedriver must be installed (apt-get install chromium-driver)")
        .isExecutable();
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
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
    wait.until(d -> "complete".equals(js("return document.readyState")));
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void waitForUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  /** A GET from the page itself (same origin, the browser's cookies), answered as text. */
  String fetch(String path) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.text()).then(done, e => done('fetch failed: ' + e));",
                path);
  }

  Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Also HttpOnly cookies, which the page's scripts cannot see. */
  Cookie cookie(String name) {
    Cookie cookie = driver.manage().getCookieNamed(name);
    assertThat(cookie).as("cookie " + name + " at " + driver.getCurrentUrl()).isNotNull();
    return cookie;
  }

  /** The page as it was when something failed: a screenshot and its HTML, under target/. */
  void keepEvidence(Path directory, String name) {
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          directory.resolve(name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("deployment-test: no screenshot of " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
