package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.registered;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;

@QueryServiceTest
class MetricsIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  @Test
  void publishesLagPerProcessorAndMeasuresByStatusAndPriorityForPrometheus() {
    QueryApi api = new QueryApi(port);
    new EventLog(eventStore)
        .append("metrics-1", registered("metrics-1", "Gezählt", "Sonstiges", "FB 61", 3));
    api.get("/api/v1/measures/metrics-1?minVersion=1");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String scrape = api.get("/actuator/prometheus", QueryApi.as("strategie")).body();
              assertThat(scrape).contains("tracker_projection_lag_events{processor=\"portfolio\"}");
              assertThat(scrape).contains("tracker_projection_lag_seconds{processor=\"history\"}");
              assertThat(scrape)
                  .containsPattern("tracker_measures\\{priority=\"3\",status=\"PLANNED\"\\} [1-9]");
              assertThat(scrape).contains("tracker_projection_lag_events{processor=\"kpi\"} 0.0");
            });
  }
}
