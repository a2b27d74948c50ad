package org.strategytracker.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.priority;
import static org.strategytracker.query.support.Measures.registered;

import java.time.Duration;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

@QueryServiceTest
class HistoryApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  @Test
  void servesTheAuditHistoryPerMeasureAndAcrossMeasuresFilteredByUnitActorAndType() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    log.append("hist-a", registered("hist-a", "Bürgerportal", "Digitale Verwaltung", "FB 11", 2));
    log.append(
        "hist-a",
        priority("hist-a", 2, 1, "Ratsbeschluss"),
        Map.of(
            AuditMetadata.ACTOR_ID,
            "u-0815",
            AuditMetadata.ACTOR_UNIT,
            "Dez. V",
            AuditMetadata.SOURCE,
            "ui",
            AuditMetadata.REASON,
            "Ratsbeschluss"));
    log.append("hist-b", registered("hist-b", "Schul-WLAN", "Bildung", "FB 45", 3));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/api/v1/history?measure=hist-b").json().get("totalItems").asInt() == 1
                    && api.get("/api/v1/measures/hist-a/history").json().get("totalItems").asInt()
                        == 2);
    JsonNode latest =
        api.get("/api/v1/measures/hist-a/history", QueryApi.as("fb61")).json().at("/items/0");
    assertThat(latest.get("summary").asString())
        .isEqualTo("Priorität von 2 auf 1 geändert: Ratsbeschluss");
    assertThat(latest.get("actorId").asString()).isEqualTo("u-0815");
    assertThat(latest.get("actorUnit").asString()).isEqualTo("Dez. V");
    assertThat(latest.at("/changes/0/from").asString()).isEqualTo("2");

    assertThat(
            api.get("/api/v1/history?unit=Dez.%20V&type=PriorityAssigned")
                .json()
                .get("totalItems")
                .asInt())
        .isEqualTo(1);
    assertThat(
            api.get("/api/v1/history?actor=u-0815&measure=hist-b", QueryApi.as("fb61"))
                .json()
                .get("totalItems")
                .asInt())
        .isZero();
  }

  @Test
  void hidesWhoActedFromThePublicViewAndRefusesToFilterByActorThere() {
    QueryApi api = new QueryApi(port);
    new EventLog(eventStore)
        .append("hist-public", registered("hist-public", "Öffentlich", "Sonstiges", "FB 61", 2));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/api/v1/history?measure=hist-public").json().get("totalItems").asInt()
                    == 1);

    JsonNode entry = api.get("/api/v1/history?measure=hist-public").json().at("/items/0");

    assertThat(entry.get("actorId").isNull()).isTrue();
    assertThat(entry.get("actorUnit").asString()).isEqualTo("FB 61");
    assertThat(api.get("/api/v1/history?actor=u-4711").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/history?actor=u-4711", QueryApi.as("rat")).status()).isEqualTo(403);
  }

  @Test
  void answersBadRequestForAnUnknownEventTypeOrTimeAndNotFoundForAnUnknownMeasure() {
    QueryApi api = new QueryApi(port);

    QueryApi.Response badType = api.get("/api/v1/history?type=Erfunden");
    QueryApi.Response badTime = api.get("/api/v1/history?from=gestern");

    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().at("/errors/0/field").asString()).isEqualTo("type");
    assertThat(badTime.json().at("/errors/0/field").asString()).isEqualTo("from");
    assertThat(api.get("/api/v1/measures/gibt-es-nicht/history").status()).isEqualTo(404);
  }
}
