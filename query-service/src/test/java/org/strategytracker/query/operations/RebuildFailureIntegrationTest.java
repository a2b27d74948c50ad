package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.registered;
import static org.strategytracker.query.support.Measures.status;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.Status;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import org.strategytracker.query.support.Tables;
import tools.jackson.databind.JsonNode;

/**
 * A check constraint on the portfolio table refuses one stored event (the rebuild copies the
 * constraint into its new tables): the live processor parks the event in the dead-letter queue,
 * where it is visible, and a rebuild ends FAILED naming the event's position instead of skipping it
 * and reporting DONE. Once the constraint is dropped, a retry projects the parked events, so that
 * later rebuilds in the shared application context succeed again.
 */
@QueryServiceTest
class RebuildFailureIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcClient jdbc;
  @Autowired TokenPositions tokens;

  @Test
  void endsARebuildThatCannotApplyAnEventFailedWithItsPositionAndKeepsTheLiveTables() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    String suffix = Long.toString(System.nanoTime() % 100000);
    String refused = "rbf-abgelehnt-" + suffix;
    String title = "Abgelehnt " + suffix;
    String table =
        new org.strategytracker.query.projection.Tables(Tables.generation(jdbc, "portfolio"))
            .of("portfolio_measure");
    String constraint = "refused_title_" + suffix;
    jdbc.sql(
            "ALTER TABLE "
                + table
                + " ADD CONSTRAINT "
                + constraint
                + " CHECK (title <> '"
                + title
                + "') NOT VALID")
        .update();
    try {
      log.append(refused, registered(refused, title, "Sonstiges", "FB 61", 2));
      long position =
          jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?")
              .param(refused)
              .query(Long.class)
              .single();
      log.append(refused, status(refused, Status.PLANNED, Status.IN_PROGRESS, "los"));
      String after = "rbf-danach-" + suffix;
      log.append(after, registered(after, "Danach", "Sonstiges", "FB 61", 2));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  api.get("/api/v1/measures/" + after).status() == 200
                      && deadLetters(api).toString().contains("\"" + refused + "\""));
      int generation = Tables.generation(jdbc, "portfolio");

      QueryApi.Response started = api.post("/api/v1/admin/projections/portfolio/rebuild");

      assertThat(started.status()).as(started.body()).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  !api.get(started.header("Location"), QueryApi.as("strategie"))
                      .json()
                      .get("state")
                      .asString()
                      .equals("RUNNING"));
      JsonNode rebuild = api.get(started.header("Location"), QueryApi.as("strategie")).json();
      assertThat(rebuild.get("state").asString()).isEqualTo("FAILED");
      assertThat(rebuild.get("failedPosition").asLong()).isEqualTo(position);
      assertThat(rebuild.get("message").asString())
          .contains("Position " + position)
          .contains("MeasureRegistered der Maßnahme " + refused)
          .contains(constraint)
          .doesNotContainIgnoringCase("insert ")
          .doesNotContainIgnoringCase("sql");
      assertThat(Tables.generation(jdbc, "portfolio")).isEqualTo(generation);
      assertThat(api.get("/api/v1/measures/" + after).status()).isEqualTo(200);
    } finally {
      jdbc.sql("ALTER TABLE IF EXISTS " + table + " DROP CONSTRAINT IF EXISTS " + constraint)
          .update();
    }
    api.post("/api/v1/admin/dead-letters/portfolio/retry");
    assertThat(api.get("/api/v1/measures/" + refused + "?minVersion=2").status()).isEqualTo(200);
  }

  private static JsonNode deadLetters(QueryApi api) {
    return api.get("/api/v1/admin/dead-letters/portfolio", QueryApi.as("strategie")).json();
  }
}
