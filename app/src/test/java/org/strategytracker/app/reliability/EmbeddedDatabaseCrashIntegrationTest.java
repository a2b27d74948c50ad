package org.strategytracker.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategytracker.app.StrategyTrackerApplication;

/**
 * The default run's PostgreSQL is killed ({@code kill -9} of its postmaster) under the running
 * application: the application starts it again by itself on the same folder and port, and writes
 * succeed again without restarting the application, with everything written before still there (the
 * read side catches up once its processors retry).
 */
class EmbeddedDatabaseCrashIntegrationTest {

  @TempDir Path dataDirectory;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void startsItsDatabaseAgainWhenPostgresIsKilledUnderTheRunningApplication() throws Exception {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(StrategyTrackerApplication.class)
            .run(
                "--server.port=0",
                "--tracker.database.embedded.data-directory=" + dataDirectory,
                "--tracker.database.embedded.watchdog-interval=1s",
                "--tracker.catalogue.import-on-start=false")) {
      assertThat(create(app, "vor-dem-absturz").statusCode()).isEqualTo(201);
      ProcessHandle postmaster = postmaster();

      postmaster.destroyForcibly();

      await()
          .atMost(Duration.ofSeconds(90))
          .ignoreExceptions()
          .until(() -> create(app, "nach-dem-absturz").statusCode() == 201);
      await()
          .alias("the read side catches up after the outage and still knows the earlier measure")
          .atMost(Duration.ofSeconds(120))
          .ignoreExceptions()
          .until(
              () ->
                  get(app, "/api/v1/measures/vor-dem-absturz").statusCode() == 200
                      && get(app, "/api/v1/measures/nach-dem-absturz").statusCode() == 200);
      assertThat(postmaster().pid()).isNotEqualTo(postmaster.pid());
      assertThat(
              app.getBean(MeterRegistry.class)
                  .get("tracker.database.embedded.restarts")
                  .functionCounter()
                  .count())
          .isEqualTo(1.0);
    }
  }

  ProcessHandle postmaster() throws Exception {
    long pid =
        Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    return ProcessHandle.of(pid).orElseThrow();
  }

  HttpResponse<String> create(ConfigurableApplicationContext app, String id) throws Exception {
    return http.send(
        request(app, "/api/v1/measures", "strategie")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "anlegen-" + id)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"id\":\""
                        + id
                        + "\",\"title\":\"Absturz\",\"fieldOfAction\":\"Sonstiges\",\"leadUnit\":\"FB 45\",\"priority\":3}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
    return http.send(
        request(app, path, "strategie").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(ConfigurableApplicationContext app, String path, String user) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes()));
  }
}
