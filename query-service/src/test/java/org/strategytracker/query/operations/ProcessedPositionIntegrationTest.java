package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.kpi;
import static org.strategytracker.query.support.Measures.registered;
import static org.strategytracker.query.support.Measures.value;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;

@QueryServiceTest
class ProcessedPositionIntegrationTest {

  static final String HEADER = "X-Processed-Position";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired TokenPositions tokens;

  @Test
  void everyLiveAnswerSaysUpToWhichEventPositionItWasBuilt() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    log.append("position-1", registered("position-1", "Position", "Positionsfeld", "FB 20", 2));
    log.append("position-1", kpi("position-1", "k1", "Besuche", "0", "10", null));
    long version =
        log.append(
            "position-1", value("position-1", "k1", "v1", "4", LocalDate.now().minusDays(1)));
    long head = tokens.head();
    List<String> live =
        List.of(
            "/api/v1/measures",
            "/api/v1/measures/position-1",
            "/api/v1/dashboard",
            "/api/v1/measures/position-1/kpis/k1/series",
            "/api/v1/measures/position-1/history",
            "/api/v1/history");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              for (String path : live) {
                QueryApi.Response answer = api.get(path);
                assertThat(answer.status()).as(path).isEqualTo(200);
                assertThat(Long.parseLong(answer.header(HEADER)))
                    .as("%s holds every event up to the last one stored", path)
                    .isGreaterThanOrEqualTo(head)
                    .isLessThanOrEqualTo(tokens.head());
              }
            });
    QueryApi.Response measure = api.get("/api/v1/measures/position-1");
    assertThat(measure.json().get("version").asLong()).isEqualTo(version);
    assertThat(api.get("/api/v1/measures/position-1?asOf=2020-01-01").header(HEADER))
        .as("past answers name their position in their basis")
        .isNull();
  }
}
