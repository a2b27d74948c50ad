package org.strategytracker.query.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import org.strategytracker.query.support.TimedEventLog;
import tools.jackson.databind.JsonNode;

/**
 * Description, measurability, collaborators and a milestone's due dates as known on 1 April 2018,
 * when the texts were revised, collaborators changed and the milestone slipped again only in May.
 * The year is one no other test records events in, so that "known at" finds this measure's events.
 */
@QueryServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastDetailsAndSlipsIntegrationTest {

  static final String ID = "tt-details";
  static final String APRIL_1 = "2018-04-01T00:00:00Z";
  static final String SLIPS = "/api/v1/measures/" + ID + "/milestones/abnahme/slips";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired TokenPositions tokens;
  QueryApi api;

  @BeforeAll
  void measure() {
    api = new QueryApi(port);
    TimedEventLog log = new TimedEventLog(eventStore);
    MeasureId m = new MeasureId(ID);
    MilestoneId abnahme = new MilestoneId("abnahme");
    log.append(
        ID, at("2018-01-10T09:00:00Z"), registered(ID, "E-Akte", "Verwaltung", "FB 11", 2), null);
    log.append(
        ID, at("2018-02-01T09:00:00Z"), new CollaboratorAdded(m, Collaborator.unit("FB 61")), null);
    log.append(
        ID,
        at("2018-02-05T09:00:00Z"),
        milestone(ID, "abnahme", "Abnahme", LocalDate.parse("2018-06-30")),
        null);
    log.append(
        ID,
        at("2018-03-01T09:00:00Z"),
        reschedule(m, abnahme, "2018-06-30", "2018-08-31"),
        "Lieferverzug");
    // recorded after 1 April
    log.append(
        ID,
        at("2018-05-01T09:00:00Z"),
        new MeasureDetailsRevised(
            m, "E-Akte", "Verwaltung", "Neue Beschreibung", "Neue Messbarkeit", "Präzisiert"),
        "Präzisiert");
    log.append(
        ID,
        at("2018-05-02T09:00:00Z"),
        new CollaboratorAdded(m, Collaborator.partner("RWTH")),
        null);
    log.append(
        ID,
        at("2018-05-03T09:00:00Z"),
        new CollaboratorRemoved(m, Collaborator.partner("regio iT"), "Vertrag beendet"),
        "Vertrag beendet");
    log.append(
        ID,
        at("2018-05-04T09:00:00Z"),
        reschedule(m, abnahme, "2018-08-31", "2018-10-31"),
        "Ressourcen");
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tokens.lowest(TimelineProjection.NAME).orElse(-1) >= head);
  }

  @Test
  void showsTheTextsAndCollaboratorsAsKnownBeforeTheyChanged() {

    JsonNode then =
        api.get("/api/v1/measures/" + ID + "?asOf=2018-06-30&knownAt=" + APRIL_1).json();

    JsonNode m = then.get("answer");
    assertThat(m.get("description").asString()).isEqualTo("Beschreibung von E-Akte");
    assertThat(m.get("measurability").asString()).isEqualTo("Anzahl Online-Dienste");
    assertThat(m.get("collaborators")).hasSize(2);
    assertThat(m.at("/collaborators/0/name").asString()).isEqualTo("regio iT");
    assertThat(m.at("/collaborators/0/kind").asString()).isEqualTo("PARTNER");
    assertThat(m.at("/collaborators/1/name").asString()).isEqualTo("FB 61");
    assertThat(m.at("/collaborators/1/kind").asString()).isEqualTo("UNIT");
  }

  @Test
  void showsTheRevisedTextsAndCollaboratorsAsKnownNow() {

    JsonNode now = api.get("/api/v1/measures/" + ID + "?asOf=2018-06-30").json();

    JsonNode m = now.get("answer");
    assertThat(m.get("description").asString()).isEqualTo("Neue Beschreibung");
    assertThat(m.get("measurability").asString()).isEqualTo("Neue Messbarkeit");
    assertThat(m.get("collaborators")).hasSize(2);
    assertThat(m.at("/collaborators/0/name").asString()).isEqualTo("FB 61");
    assertThat(m.at("/collaborators/1/name").asString()).isEqualTo("RWTH");
    assertThat(m.at("/collaborators/1/kind").asString()).isEqualTo("PARTNER");
  }

  @Test
  void leavesOutACollaboratorAddedAfterTheAsOfDay() {

    JsonNode january = api.get("/api/v1/measures/" + ID + "?asOf=2018-01-31").json();

    assertThat(january.at("/answer/collaborators")).hasSize(1);
    assertThat(january.at("/answer/collaborators/0/name").asString()).isEqualTo("regio iT");
  }

  @Test
  void answersTheSlipsAsKnownThenWithoutTheLaterReschedule() {

    JsonNode then = api.get(SLIPS + "?knownAt=" + APRIL_1).json();
    JsonNode now = api.get(SLIPS).json();

    assertThat(then.at("/basis/knownAt").asString()).isEqualTo(APRIL_1);
    assertThat(then.at("/basis/position").asLong()).isLessThan(now.at("/basis/position").asLong());
    assertThat(then.get("dueDates")).hasSize(2);
    assertThat(then.at("/dueDates/0/dueDate").asString()).isEqualTo("2018-06-30");
    assertThat(then.at("/dueDates/0/previousDueDate").isNull()).isTrue();
    assertThat(then.at("/dueDates/1/dueDate").asString()).isEqualTo("2018-08-31");
    assertThat(then.at("/dueDates/1/slipDays").asInt()).isEqualTo(62);
    assertThat(then.at("/dueDates/1/reason").asString()).isEqualTo("Lieferverzug");
    assertThat(now.get("dueDates")).hasSize(3);
    assertThat(now.at("/dueDates/2/dueDate").asString()).isEqualTo("2018-10-31");
    assertThat(now.at("/dueDates/2/previousDueDate").asString()).isEqualTo("2018-08-31");
    assertThat(now.at("/dueDates/2/reason").asString()).isEqualTo("Ressourcen");
  }

  @Test
  void answersTheSlipsUpToAPosition() {

    long planned = api.get(SLIPS + "?knownAt=2018-02-10").json().at("/basis/position").asLong();

    JsonNode atPlanning = api.get(SLIPS + "?position=" + planned).json();

    assertThat(atPlanning.at("/basis/position").asLong()).isEqualTo(planned);
    assertThat(atPlanning.get("dueDates")).hasSize(1);
    assertThat(atPlanning.at("/dueDates/0/dueDate").asString()).isEqualTo("2018-06-30");
    assertThat(api.get(SLIPS + "?knownAt=2018-01-31").status()).isEqualTo(404);
  }

  @Test
  void rejectsBadSlipParametersNamingTheParameter() {
    for (String query : new String[] {"knownAt=gestern", "position=-5", "asOf=31.12.2018"}) {

      QueryApi.Response response = api.get(SLIPS + "?" + query);

      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().at("/errors/0/field").asString())
          .as(query)
          .isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }

  static MilestoneRescheduled reschedule(MeasureId m, MilestoneId id, String from, String to) {
    return new MilestoneRescheduled(m, id, LocalDate.parse(from), LocalDate.parse(to), null);
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
