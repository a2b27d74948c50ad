package org.strategytracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default run: the Aachen catalogue goes in through the commands and comes out whole through
 * every projection.
 */
class CatalogueReadModelIntegrationTest {

  @TempDir static Path dataDirectory;
  static ConfigurableApplicationContext app;
  static JdbcClient jdbc;

  @BeforeAll
  static void start() {
    app =
        new SpringApplicationBuilder(StrategyTrackerApplication.class)
            .run("--server.port=0", "--tracker.database.embedded.data-directory=" + dataDirectory);
    jdbc = app.getBean(JdbcClient.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everyImportedMeasureReachesThePortfolioAtItsLatestVersionWithoutDeadLetters() {
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                """
            SELECT count(*) FROM portfolio_measure p
            JOIN (SELECT aggregate_identifier, max(sequence_number) + 1 AS version FROM domain_event_entry GROUP BY aggregate_identifier) e
              ON e.aggregate_identifier = p.measure_id AND e.version = p.version""")
                            .query(Long.class)
                            .single())
                    .isEqualTo(60));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("SELECT count(*) FROM history_entry").query(Long.class).single())
                    .isEqualTo(
                        jdbc.sql("SELECT count(*) FROM domain_event_entry")
                            .query(Long.class)
                            .single()));
    assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry").query(Long.class).single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM portfolio_milestone WHERE due_date IS NULL")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void theCurrentStatusReportCoversTheWholeCatalogue() {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM portfolio_measure").query(Long.class).single()
                    == 60);
    // The report is read from the timeline, a projection of its own that may still be behind the
    // portfolio. It states the position it stands on: wait until that is the last event.
    String lastEvent =
        "# Ereignisposition: "
            + jdbc.sql("SELECT max(global_index) FROM domain_event_entry")
                .query(Long.class)
                .single();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/reports/status?format=csv"))
            .build();
    HttpResponse<String> report =
        await()
            .atMost(Duration.ofSeconds(90))
            .until(
                () ->
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()),
                r -> r.statusCode() != 200 || r.body().lines().anyMatch(lastEvent::equals));
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body()).contains("OZG").contains("Sportpark Soers");
    assertThat(jdbc.sql("SELECT measure_id FROM portfolio_measure").query(String.class).list())
        .allSatisfy(id -> assertThat(report.body()).contains(",\"" + id + "\","));
  }
}
