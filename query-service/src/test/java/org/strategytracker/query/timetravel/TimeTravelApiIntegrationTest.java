package org.strategytracker.query.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.timetravel.TimelineFixtures.JULY_15;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import org.strategytracker.query.support.TimedEventLog;
import tools.jackson.databind.JsonNode;

/** As of 30 June 2024, as known on 15 July and as known now, field by field over HTTP. */
@QueryServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeTravelApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired TokenPositions tokens;
  QueryApi api;

  @BeforeAll
  void year() {
    api = new QueryApi(port);
    TimelineFixtures.year(new TimedEventLog(eventStore), "tt-year");
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tokens.lowest(TimelineProjection.NAME).orElse(-1) >= head);
  }

  @Test
  void showsJune30AsKnownOnJuly15WithoutTheLaterEntries() {

    QueryApi.Response response =
        api.get("/api/v1/measures/tt-year?asOf=2024-06-30&knownAt=" + JULY_15);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.at("/basis/asOf").asString()).isEqualTo("2024-06-30");
    assertThat(body.at("/basis/knownAt").asString()).isEqualTo("2024-07-15T10:00:00Z");
    assertThat(body.at("/basis/position").asLong()).isPositive();
    JsonNode m = body.get("answer");
    assertThat(m.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(m.get("priority").asInt()).isEqualTo(2);
    assertThat(m.get("leadUnit").asString()).isEqualTo("FB 11/400");
    assertThat(m.get("percentComplete").asInt()).isEqualTo(30);
    assertThat(m.get("health").asString()).isEqualTo("AMBER");
    assertThat(m.at("/milestones/0/dueDate").asString()).isEqualTo("2024-07-31");
    assertThat(m.at("/milestones/0/plannedDueDate").asString()).isEqualTo("2024-05-31");
    assertThat(m.at("/milestones/0/reachedOn").isNull()).isTrue();
    assertThat(m.at("/milestones/0/timesSlipped").asInt()).isEqualTo(1);
    assertThat(m.at("/milestones/0/overdue").asBoolean()).isFalse();
    assertThat(m.at("/kpis/0/latestValue").decimalValue()).isEqualByComparingTo("20");
    assertThat(m.at("/kpis/0/latestObservedOn").asString()).isEqualTo("2024-06-20");
    assertThat(m.get("version").asLong()).as("events recorded by 30 June").isEqualTo(7);
  }

  @Test
  void showsJune30WithEverythingCorrectedSinceWhenKnownNow() {

    JsonNode m = api.get("/api/v1/measures/tt-year?asOf=2024-06-30").json().get("answer");

    assertThat(m.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(m.get("priority").asInt()).isEqualTo(2);
    assertThat(m.get("percentComplete").asInt()).isEqualTo(30);
    assertThat(m.at("/milestones/0/dueDate").asString()).isEqualTo("2024-07-31");
    assertThat(m.at("/milestones/0/reachedOn").asString()).isEqualTo("2024-06-28");
    assertThat(m.at("/kpis/0/latestValue").decimalValue()).isEqualByComparingTo("25");
    assertThat(m.at("/kpis/0/latestObservedOn").asString()).isEqualTo("2024-06-28");
    JsonNode later = api.get("/api/v1/measures/tt-year?asOf=2024-09-30").json().get("answer");
    assertThat(later.get("status").asString()).isEqualTo("ON_HOLD");
    assertThat(later.get("priority").asInt()).isEqualTo(1);
  }

  @Test
  void listsTheCorrectionsAndTimelineFixturesWithUnitsForThePublicAndActorsForAuditors() {

    JsonNode publicView =
        api.get("/api/v1/measures/tt-year/corrections?asOf=2024-06-30&knownAt=" + JULY_15).json();
    JsonNode auditor =
        api.get(
                "/api/v1/measures/tt-year/corrections?asOf=2024-06-30&knownAt=" + JULY_15,
                QueryApi.as("pruefung"))
            .json();

    assertThat(publicView.get("differences").toString())
        .contains(
            "{\"field\":\"milestone.reachedOn\",\"item\":\"ausschreibung\",\"then\":null,\"now\":\"2024-06-28\"}")
        .contains(
            "{\"field\":\"kpi.latestValue\",\"item\":\"online-dienste\",\"then\":\"20\",\"now\":\"25\"}");
    JsonNode late = publicView.get("lateEntries");
    assertThat(late).hasSize(3);
    assertThat(late.get(0).get("kind").asString()).isEqualTo("KPI_VALUE");
    assertThat(late.get(1).get("kind").asString()).isEqualTo("MILESTONE_REACHED");
    assertThat(late.get(2).get("kind").asString()).isEqualTo("KPI_CORRECTION");
    assertThat(late.get(2).get("number").decimalValue()).isEqualByComparingTo("22");
    assertThat(late.get(2).get("previousNumber").decimalValue()).isEqualByComparingTo("20");
    assertThat(late.get(2).get("reason").asString()).isEqualTo("Zählfehler");
    assertThat(late.get(2).get("recordedAt").asString()).isEqualTo("2024-08-01T09:00:00Z");
    assertThat(late.get(2).get("actorUnit").asString()).isEqualTo("FB 61");
    assertThat(late.get(2).get("actorId").isNull()).isTrue();
    assertThat(auditor.at("/lateEntries/2/actorId").asString()).isEqualTo("u-9");
  }

  @Test
  void answersTheKpiSeriesAsKnownThenAndTheDueDateHistoryOfAMilestone() {

    JsonNode then =
        api.get(
                "/api/v1/measures/tt-year/kpis/online-dienste/series?asOf=2024-06-30&knownAt="
                    + JULY_15)
            .json();
    JsonNode slips = api.get("/api/v1/measures/tt-year/milestones/ausschreibung/slips").json();

    assertThat(then.at("/answer/corrected")).hasSize(2);
    assertThat(then.at("/answer/corrected/1/value").decimalValue()).isEqualByComparingTo("20");
    assertThat(then.at("/answer/corrections")).isEmpty();
    assertThat(then.get("basis").get("position").asLong()).isPositive();
    assertThat(slips.get("dueDates")).hasSize(2);
    assertThat(slips.at("/dueDates/1/dueDate").asString()).isEqualTo("2024-07-31");
    assertThat(slips.at("/dueDates/1/previousDueDate").asString()).isEqualTo("2024-05-31");
    assertThat(slips.at("/dueDates/1/slipDays").asInt()).isEqualTo(61);
    assertThat(slips.at("/dueDates/1/reason").asString()).isEqualTo("Vergabe verzögert");
  }

  @Test
  void answersBadRequestNamingTheParameterForBadDates() {
    for (String query : new String[] {"asOf=30.06.2024", "knownAt=gestern", "position=x"}) {
      QueryApi.Response response =
          api.get("/api/v1/measures?asOf=2024-06-30&" + query.replace("asOf=2024-06-30&", ""));
      if (query.startsWith("asOf")) {
        response = api.get("/api/v1/measures?" + query);
      }
      String parameter = query.substring(0, query.indexOf('='));
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().at("/errors/0/field").asString()).as(query).isEqualTo(parameter);
    }
    assertThat(api.get("/api/v1/dashboard?asOf=2024-13-01").status()).isEqualTo(400);
    assertThat(api.get("/api/v1/measures/x/corrections?knownAt=morgen").status()).isEqualTo(400);
  }

  @Test
  void documentsTheTimeTravelParametersAndReportsInOpenApi() {
    JsonNode docs = api.get("/v3/api-docs").json();

    for (String path :
        new String[] {
          "/api/v1/measures/{id}/corrections",
          "/api/v1/measures/{id}/milestones/{mid}/slips",
          "/api/v1/reports/status",
          "/api/v1/reports/changes"
        }) {
      assertThat(docs.get("paths").has(path)).as(path).isTrue();
    }
    assertThat(docs.at("/paths/~1api~1v1~1measures/get/parameters").toString())
        .contains("\"asOf\"", "\"knownAt\"");
    assertThat(docs.at("/paths/~1api~1v1~1dashboard/get/parameters").toString())
        .contains("\"asOf\"");
  }
}
