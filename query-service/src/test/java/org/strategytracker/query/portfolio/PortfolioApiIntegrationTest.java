package org.strategytracker.query.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

@QueryServiceTest
class PortfolioApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  QueryApi api;
  EventLog log;

  @BeforeEach
  void setUp() {
    api = new QueryApi(port);
    log = new EventLog(eventStore);
  }

  @Test
  void readsAMeasureWithMilestonesKpisAndItsVersionAsEtag() {
    LocalDate lastMonth = LocalDate.now().minusMonths(1);
    log.append(
        "pf-ozg", registered("pf-ozg", "OZG-Umsetzung", "Digitale Verwaltung", "FB 11/400", 2));
    log.append("pf-ozg", status("pf-ozg", Status.PLANNED, Status.IN_PROGRESS, "Start"));
    log.append("pf-ozg", priority("pf-ozg", 2, 1, "gesetzlich vorgeschrieben"));
    log.append("pf-ozg", milestone("pf-ozg", "phase-1", "Phase 1", lastMonth));
    log.append(
        "pf-ozg",
        new MilestoneRescheduled(
            new MeasureId("pf-ozg"),
            new MilestoneId("phase-1"),
            lastMonth,
            lastMonth.plusDays(10),
            "Ausschreibung verzögert"));
    log.append(
        "pf-ozg",
        kpi(
            "pf-ozg",
            "online-dienste",
            "Online-Dienste",
            "0",
            "100",
            LocalDate.now().plusYears(1)));
    log.append("pf-ozg", value("pf-ozg", "online-dienste", "v1", "4", LocalDate.now()));
    long version =
        log.append(
            "pf-ozg", new ProgressReported(new MeasureId("pf-ozg"), 40, Health.AMBER, "läuft"));

    QueryApi.Response response = api.get("/api/v1/measures/pf-ozg?minVersion=" + version);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
    JsonNode measure = response.json();
    assertThat(measure.get("priority").asInt()).isEqualTo(1);
    assertThat(measure.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(measure.get("leadUnit").asString()).isEqualTo("FB 11/400");
    assertThat(measure.at("/progress/health").asString()).isEqualTo("AMBER");
    assertThat(measure.at("/milestones/0/timesSlipped").asInt()).isEqualTo(1);
    assertThat(measure.at("/milestones/0/overdue").asBoolean()).isTrue();
    assertThat(measure.at("/kpis/0/latestValue").asInt()).isEqualTo(4);
    assertThat(measure.at("/kpis/0/onTrack").asBoolean()).isTrue();
    assertThat(measure.at("/collaborators/0/name").asString()).isEqualTo("regio iT");
  }

  @Test
  void listsMeasuresFilteredByUnitIncludingSubUnitsAndByStatus() {
    log.append("pf-list-a", registered("pf-list-a", "Glasfaser Schulen", "Bildung", "FB 45", 1));
    log.append(
        "pf-list-b", registered("pf-list-b", "E-Akte", "Digitale Verwaltung", "FB 11/400", 2));
    long last =
        log.append("pf-list-b", status("pf-list-b", Status.PLANNED, Status.IN_PROGRESS, "los"));
    api.get("/api/v1/measures/pf-list-b?minVersion=" + last);
    api.get("/api/v1/measures/pf-list-a?minVersion=1");

    JsonNode page =
        api.get("/api/v1/measures?leadUnit=FB%2011&status=in_progress&text=akte").json();

    assertThat(page.get("totalItems").asInt()).isEqualTo(1);
    assertThat(page.at("/items/0/id").asString()).isEqualTo("pf-list-b");
    JsonNode sorted = api.get("/api/v1/measures?text=pf&sort=-priority").json();
    assertThat(sorted.get("items")).isNotNull();
  }

  @Test
  void answersServiceUnavailableWithRetryAfterWhenTheVersionDoesNotArriveInTime() {
    log.append("pf-late", registered("pf-late", "Späte Maßnahme", "Sonstiges", "FB 61", 3));
    api.get("/api/v1/measures/pf-late?minVersion=1");

    QueryApi.Response response = api.get("/api/v1/measures/pf-late", Map.of("X-Min-Version", "7"));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.header("Retry-After")).isNotBlank();
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("availableVersion").asInt()).isEqualTo(1);
  }

  @Test
  void answersNotFoundProblemForAnUnknownMeasure() {
    QueryApi.Response response = api.get("/api/v1/measures/gibt-es-nicht");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void answersBadRequestNamingTheParameterOfABadFilter() {
    for (String query :
        new String[] {
          "status=FERTIG", "priority=7", "health=BLUE", "sort=colour", "size=0", "leadUnit=%3F%3F"
        }) {
      QueryApi.Response response = api.get("/api/v1/measures?" + query);
      String parameter = query.substring(0, query.indexOf('='));
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.json().at("/errors/0/field").asString()).as(query).isEqualTo(parameter);
    }
  }

  @Test
  void projectsEventsAppendedAfterTheStartWithoutBeingAsked() {
    log.append("pf-plain", registered("pf-plain", "Ohne Warten", "Sonstiges", "FB 61", 3));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> api.get("/api/v1/measures/pf-plain").status() == 200);
  }
}
