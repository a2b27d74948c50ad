package org.strategytracker.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.KpiValueCorrected;
import org.strategytracker.events.measure.KpiValueId;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

@QueryServiceTest
class KpiSeriesApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  @Test
  void servesTheCorrectedSeriesAndTheSeriesAsFirstRecorded() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    LocalDate day = LocalDate.now().minusDays(3);
    log.append(
        "kpi-api", registered("kpi-api", "Online-Dienste", "Digitale Verwaltung", "FB 11", 1));
    log.append(
        "kpi-api",
        kpi("kpi-api", "dienste", "Online-Dienste", "0", "100", LocalDate.now().plusYears(1)));
    log.append("kpi-api", value("kpi-api", "dienste", "v1", "4", day));
    log.append(
        "kpi-api",
        new KpiValueCorrected(
            new MeasureId("kpi-api"),
            new KpiId("dienste"),
            new KpiValueId("v1"),
            new BigDecimal("4"),
            new BigDecimal("6"),
            day,
            day,
            "Zählfehler"));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/api/v1/measures/kpi-api/kpis/dienste/series")
                        .json()
                        .path("corrections")
                        .size()
                    == 1);
    JsonNode series = api.get("/api/v1/measures/kpi-api/kpis/dienste/series").json();
    assertThat(series.at("/corrected/0/value").asInt()).isEqualTo(6);
    assertThat(series.at("/asFirstRecorded/0/value").asInt()).isEqualTo(4);
    assertThat(series.at("/corrected/0/recordedAt").asString()).isNotBlank();
    assertThat(series.at("/corrections/0/reason").asString()).isEqualTo("Zählfehler");
    assertThat(api.get("/api/v1/measures/kpi-api/kpis/gibt-es-nicht/series").status())
        .isEqualTo(404);
  }
}
