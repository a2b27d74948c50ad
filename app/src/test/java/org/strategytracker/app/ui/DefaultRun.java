package org.strategytracker.app.ui;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategytracker.app.StrategyTrackerApplication;

/**
 * The default run for a UI test class: the app on a random port with its own embedded database, the
 * Aachen catalogue imported, and a headless Chromium pointed at it. One per test class, since each
 * start costs about half a minute.
 */
final class DefaultRun implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String OWN_MEASURE = "digitale-buergerinnendialoge"; // led by FB 61

  final ConfigurableApplicationContext app;
  final String baseUrl;
  final Browser browser;

  private DefaultRun(ConfigurableApplicationContext app, String baseUrl, Browser browser) {
    this.app = app;
    this.baseUrl = baseUrl;
    this.browser = browser;
  }

  static DefaultRun start(Path temp) {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(StrategyTrackerApplication.class)
            .run(
                "--server.port=0",
                "--tracker.database.embedded.data-directory=" + temp.resolve("data"));
    String baseUrl =
        "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/measures?size=1"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body()
                    .contains("\"totalItems\":60"));
    try {
      Files.createDirectories(temp.resolve("downloads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DefaultRun(
        app, baseUrl, new Browser(baseUrl, temp.resolve("profile"), temp.resolve("downloads")));
  }

  /** A GET of the running app, signed out. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A command as a demo account (HTTP Basic, password = name + "-demo"), as scripts send them. */
  HttpResponse<String> post(String user, String path, String ifMatch, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      app.close();
    }
  }
}
