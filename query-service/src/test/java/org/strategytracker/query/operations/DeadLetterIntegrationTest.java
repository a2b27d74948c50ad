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
 * The database refuses the portfolio row of one measure (a trigger stands in for whatever broke);
 * its events are parked while the other measures' events flow on, and a retry after the repair
 * projects them in order.
 */
@QueryServiceTest
class DeadLetterIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcClient jdbc;

  @Test
  void parksTheEventsOfAFailingMeasureKeepsProjectingTheOthersAndRetriesThemOnceRepaired() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    String table =
        new org.strategytracker.query.projection.Tables(Tables.generation(jdbc, "portfolio"))
            .of("portfolio_measure");
    jdbc.sql(
            "CREATE OR REPLACE FUNCTION refuse_poisoned() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.measure_id = 'dlq-vergiftet' THEN RAISE EXCEPTION 'Zeile abgelehnt'; END IF; RETURN NEW; END $$"
                + " LANGUAGE plpgsql")
        .update();
    jdbc.sql(
            "CREATE TRIGGER refuse_poisoned BEFORE INSERT ON "
                + table
                + " FOR EACH ROW EXECUTE FUNCTION refuse_poisoned()")
        .update();

    log.append("dlq-vergiftet", registered("dlq-vergiftet", "Vergiftet", "Sonstiges", "FB 61", 2));
    log.append("dlq-vergiftet", status("dlq-vergiftet", Status.PLANNED, Status.IN_PROGRESS, "los"));
    log.append("dlq-gesund", registered("dlq-gesund", "Gesund", "Sonstiges", "FB 61", 2));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/api/v1/measures/dlq-gesund").status() == 200
                    && api.get("/api/v1/admin/dead-letters/portfolio", QueryApi.as("strategie"))
                            .json()
                            .get("count")
                            .asInt()
                        == 2);
    JsonNode letters =
        api.get("/api/v1/admin/dead-letters/portfolio", QueryApi.as("strategie")).json();
    assertThat(letters.at("/letters/0/measureId").asString()).isEqualTo("dlq-vergiftet");
    assertThat(letters.at("/letters/0/cause").asString())
        .isEqualTo("Eine Regel in der Datenbank (Trigger) hat die Zeile abgelehnt.");
    assertThat(letters.at("/letters/0/causeCode").asString()).isEqualTo("P0001");
    assertThat(letters.at("/letters/0/causeType").asString()).doesNotContain(".").isNotBlank();
    assertThat(letters.toString())
        .as("no SQL text in the listing")
        .doesNotContainIgnoringCase("insert into")
        .doesNotContain("SQL [")
        .doesNotContain(table);
    assertThat(api.get("/api/v1/measures/dlq-vergiftet").status()).isEqualTo(404);

    jdbc.sql("DROP TRIGGER refuse_poisoned ON " + table).update();
    JsonNode retried = api.post("/api/v1/admin/dead-letters/portfolio/retry").json();

    assertThat(retried.get("remaining").asInt()).isZero();
    JsonNode measure = api.get("/api/v1/measures/dlq-vergiftet?minVersion=2").json();
    assertThat(measure.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(measure.get("version").asInt()).isEqualTo(2);
  }

  @Test
  void answersNotFoundForDeadLettersOfAnUnknownGroupAndAdmitsOnlyTheStrategyOffice() {
    QueryApi api = new QueryApi(port);
    assertThat(api.post("/api/v1/admin/dead-letters/gibt-es-nicht/retry").status()).isEqualTo(404);
    assertThat(api.post("/api/v1/admin/dead-letters/portfolio/retry", QueryApi.as("fb61")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/admin/dead-letters/portfolio").status()).isEqualTo(401);
  }
}
