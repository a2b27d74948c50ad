package org.strategytracker.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.query.support.Measures.registered;
import static org.strategytracker.query.support.Measures.status;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.measure.Status;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

@QueryServiceTest
class DashboardApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  @Test
  void servesTheFiguresAndRejectsAnImpossibleStalePeriod() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    log.append("dash-1", registered("dash-1", "Dashboard", "Dashboard-Feld", "FB 20", 1));
    long version =
        log.append("dash-1", status("dash-1", Status.PLANNED, Status.IN_PROGRESS, "los"));
    api.get("/api/v1/measures/dash-1?minVersion=" + version);

    JsonNode figures = api.get("/api/v1/dashboard?staleDays=30").json();

    assertThat(figures.get("staleDays").asInt()).isEqualTo(30);
    assertThat(figures.get("counts").toString()).contains("Dashboard-Feld");
    assertThat(figures.at("/priorityOne/inProgress").asInt()).isPositive();
    assertThat(api.get("/api/v1/dashboard?staleDays=0").json().at("/errors/0/field").asString())
        .isEqualTo("staleDays");
    assertThat(api.get("/api/v1/dashboard?staleDays=viele").status()).isEqualTo(400);
  }

  @Test
  void documentsTheQueryApiInOpenApi() {
    String docs = new QueryApi(port).get("/v3/api-docs").body();

    assertThat(docs)
        .contains(
            "/api/v1/measures/{id}",
            "/api/v1/measures/{id}/history",
            "/api/v1/history",
            "/api/v1/measures/{id}/kpis/{kid}/series",
            "/api/v1/dashboard",
            "/api/v1/admin/projections/{name}/rebuild");
  }
}
