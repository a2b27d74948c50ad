package org.strategytracker.query.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.registered;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.measure.Health;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.ProgressReported;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Progress bands are counted and filtered by the server, live and for a past date, so the figures
 * hold for any size of portfolio.
 */
@QueryServiceTest
class ProgressBandApiIntegrationTest {

  static final String FIELD = "Fortschritt-Feld";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired TokenPositions tokens;

  @Test
  void countsAndFiltersTheBandsLiveAndAsOfADay() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    // earlier tests' events first, so that the counts before and after differ by this test's alone
    awaitProjected();
    Map<String, Long> liveBefore = bands(api.get("/api/v1/dashboard").json());
    Map<String, Long> pastBefore =
        bands(api.get("/api/v1/dashboard?asOf=" + today).json().get("answer"));

    log.append("band-quiet", registered("band-quiet", "Noch ohne Meldung", FIELD, "FB 20", 2));
    log.append("band-third", registered("band-third", "Ein Drittel", FIELD, "FB 20", 2));
    long third =
        log.append(
            "band-third",
            new ProgressReported(new MeasureId("band-third"), 33, Health.GREEN, "läuft"));
    log.append("band-done", registered("band-done", "Fertig", FIELD, "FB 20", 2));
    long done =
        log.append(
            "band-done", new ProgressReported(new MeasureId("band-done"), 100, Health.GREEN, "ok"));
    api.get("/api/v1/measures/band-third?minVersion=" + third);
    api.get("/api/v1/measures/band-done?minVersion=" + done);

    Map<String, Long> live = bands(api.get("/api/v1/dashboard").json());
    assertThat(live.keySet()).containsExactly("none", "0-24", "25-49", "50-74", "75-99", "100");
    assertThat(live.get("none") - liveBefore.get("none")).isEqualTo(1);
    assertThat(live.get("25-49") - liveBefore.get("25-49")).isEqualTo(1);
    assertThat(live.get("100") - liveBefore.get("100")).isEqualTo(1);
    assertThat(live.get("50-74")).isEqualTo(liveBefore.get("50-74"));
    assertThat(ids(api.get("/api/v1/measures?fieldOfAction=" + FIELD + "&progress=25-49").json()))
        .isEqualTo("band-third");
    assertThat(ids(api.get("/api/v1/measures?fieldOfAction=" + FIELD + "&progress=none").json()))
        .isEqualTo("band-quiet");
    assertThat(ids(api.get("/api/v1/measures?fieldOfAction=" + FIELD + "&progress=100").json()))
        .isEqualTo("band-done");
    assertThat(
            api.get("/api/v1/measures?fieldOfAction=" + FIELD + "&progress=0-24")
                .json()
                .get("totalItems")
                .asInt())
        .isZero();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/api/v1/measures?asOf=" + today + "&fieldOfAction=" + FIELD)
                    .body()
                    .contains("\"percentComplete\":100"));
    awaitProjected();
    Map<String, Long> past = bands(api.get("/api/v1/dashboard?asOf=" + today).json().get("answer"));
    assertThat(past.get("none") - pastBefore.get("none")).isEqualTo(1);
    assertThat(past.get("25-49") - pastBefore.get("25-49")).isEqualTo(1);
    assertThat(past.get("100") - pastBefore.get("100")).isEqualTo(1);
    assertThat(past.get("75-99")).isEqualTo(pastBefore.get("75-99"));
    String pastList = "/api/v1/measures?asOf=" + today + "&fieldOfAction=" + FIELD;
    assertThat(ids(api.get(pastList + "&progress=25-49").json())).isEqualTo("band-third");
    assertThat(ids(api.get(pastList + "&progress=none").json())).isEqualTo("band-quiet");
    assertThat(
            ids(
                api.get(
                        "/api/v1/measures?knownAt="
                            + today
                            + "&fieldOfAction="
                            + FIELD
                            + "&progress=100")
                    .json()))
        .isEqualTo("band-done");
  }

  @Test
  void rejectsAnUnknownBandNamingTheParameter() {
    QueryApi api = new QueryApi(port);
    for (String path :
        new String[] {
          "/api/v1/measures?progress=halb",
          "/api/v1/measures?progress=25",
          "/api/v1/measures?asOf=2024-06-30&progress=halb",
          "/api/v1/measures?knownAt=2024-06-30&progress=ohne"
        }) {
      QueryApi.Response response = api.get(path);
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
      assertThat(response.json().at("/errors/0/field").asString()).as(path).isEqualTo("progress");
    }
  }

  private static Map<String, Long> bands(JsonNode dashboard) {
    Map<String, Long> bands = new LinkedHashMap<>();
    dashboard
        .get("progressBands")
        .forEach(b -> bands.put(b.get("band").asString(), b.get("measures").asLong()));
    return bands;
  }

  /** The ids of a page, comma-separated. */
  private static String ids(JsonNode page) {
    StringBuilder ids = new StringBuilder();
    page.get("items")
        .forEach(m -> ids.append(ids.isEmpty() ? "" : ",").append(m.get("id").asString()));
    return ids.toString();
  }

  /** Waits until the live portfolio and the timeline hold every event stored so far. */
  private void awaitProjected() {
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                tokens.lowest("portfolio").orElse(-1) >= head
                    && tokens.lowest("timeline").orElse(-1) >= head);
  }
}
