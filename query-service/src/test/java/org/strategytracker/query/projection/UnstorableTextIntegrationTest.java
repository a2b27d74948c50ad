package org.strategytracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.priority;
import static org.strategytracker.query.support.Measures.registered;
import static org.strategytracker.query.support.Measures.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.MeasureDetailsRevised;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.Status;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Events stored with a character PostgreSQL text cannot hold (U+0000, as a status reason and a
 * title; an unpaired surrogate as a reason) are projected with U+FFFD in its place by every
 * projection, the history says so, and the measure's later events are projected behind them instead
 * of waiting in the dead-letter queue.
 */
@QueryServiceTest
class UnstorableTextIntegrationTest {

  static final List<String> PROJECTIONS = List.of("portfolio", "history", "kpi", "timeline");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcClient jdbc;
  @Autowired TokenPositions tokens;

  @Test
  void projectsEventsWithNulOrUnpairedSurrogatesWithTheReplacementCharacterAndTheEventsAfterThem() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    String id = "nul-" + System.nanoTime() % 100000;
    log.append(id, registered(id, "Ohne Auffälligkeit", "Sonstiges", "FB 61", 2));
    log.append(
        id,
        status(id, Status.PLANNED, Status.IN_PROGRESS, "a\u0000b"),
        Map.of(
            AuditMetadata.ACTOR_ID, "u-4711",
            AuditMetadata.ACTOR_UNIT, "FB 61",
            AuditMetadata.SOURCE, "api",
            AuditMetadata.REASON, "a\u0000b"));
    log.append(
        id,
        new MeasureDetailsRevised(
            new MeasureId(id), "a\u0000b", "Sonstiges", "Beschreibung", "Anzahl", "x\uD800y"));
    long later = log.append(id, priority(id, 2, 1, "danach"));
    long head = tokens.head();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                PROJECTIONS.stream()
                        .allMatch(
                            p -> tokens.lowest(p).orElse(-1) >= head && deadLetters(p, id) == 0)
                    && api.get("/api/v1/measures/" + id).json().path("version").asLong() == later);

    JsonNode measure = api.get("/api/v1/measures/" + id + "?minVersion=" + later).json();
    assertThat(measure.get("title").asString()).isEqualTo("a\uFFFDb");
    assertThat(measure.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(measure.get("priority").asInt()).isEqualTo(1);

    JsonNode history = api.get("/api/v1/measures/" + id + "/history").json();
    assertThat(history.get("totalItems").asInt()).isEqualTo(4);
    JsonNode revised = entry(history, "MeasureDetailsRevised");
    assertThat(revised.get("summary").asString())
        .contains("„a\uFFFDb“")
        .contains("nicht dargestellt werden kann")
        .contains("durch „\uFFFD“ ersetzt");
    assertThat(revised.get("reason").asString()).isEqualTo("x\uFFFDy");
    assertThat(revised.at("/changes/0/to").asString()).isEqualTo("a\uFFFDb");
    JsonNode changed = entry(history, "StatusChanged");
    assertThat(changed.get("reason").asString()).isEqualTo("a\uFFFDb");
    assertThat(changed.get("summary").asString()).contains("durch „\uFFFD“ ersetzt");
    assertThat(entry(history, "PriorityAssigned").get("summary").asString())
        .doesNotContain("ersetzt");

    assertThat(
            jdbc.sql("SELECT reason FROM timeline_fact WHERE measure_id = ? AND kind = 'STATUS'")
                .param(id)
                .query(String.class)
                .list())
        .contains("a\uFFFDb");
    String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    JsonNode past = api.get("/api/v1/measures/" + id + "?asOf=" + today).json().get("answer");
    assertThat(past.get("title").asString()).isEqualTo("a\uFFFDb");
    assertThat(past.get("priority").asInt()).isEqualTo(1);
  }

  private static JsonNode entry(JsonNode history, String type) {
    for (JsonNode item : history.get("items")) {
      if (item.get("eventType").asString().equals(type)) {
        return item;
      }
    }
    throw new AssertionError("no " + type + " in " + history);
  }

  private long deadLetters(String group, String measure) {
    return jdbc.sql(
            "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?"
                + " AND aggregate_identifier = ?")
        .params(group, measure)
        .query(Long.class)
        .single();
  }
}
