package org.strategytracker.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.query.support.Measures.kpi;
import static org.strategytracker.query.support.Measures.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.support.ReadModelDatabase;

/** Given KPI events, the series shows the values corrected and as first recorded. */
class KpiSeriesProjectionTest {

  static KpiSeriesProjection projection;
  static KpiSeriesQueries queries;

  @BeforeAll
  static void database() {
    ReadModelDatabase database = ReadModelDatabase.create();
    projection = new KpiSeriesProjection(database.jdbc(), new Tables(1), database.writes());
    queries = new KpiSeriesQueries(database.jdbc());
  }

  @Test
  void showsTheCorrectedSeriesTheSeriesAsFirstRecordedAndEveryCorrectionOnce() {
    LocalDate jan = LocalDate.of(2024, 1, 31);
    LocalDate feb = LocalDate.of(2024, 2, 29);
    Instant recorded = Instant.parse("2024-03-01T08:00:00Z");
    projection.on(
        kpi("k-series", "dienste", "Online-Dienste", "0", "120", LocalDate.of(2024, 12, 31)),
        0,
        Instant.parse("2024-01-01T08:00:00Z"));
    projection.on(value("k-series", "dienste", "v1", "10", jan), recorded);
    projection.on(value("k-series", "dienste", "v2", "8", feb), recorded.plusSeconds(60));
    KpiValueCorrected correction =
        new KpiValueCorrected(
            new MeasureId("k-series"),
            new KpiId("dienste"),
            new KpiValueId("v2"),
            new BigDecimal("8"),
            new BigDecimal("25"),
            feb,
            feb.minusDays(1),
            "Zählfehler");
    GenericEventMessage<KpiValueCorrected> message = new GenericEventMessage<>(correction);
    projection.on(correction, message);
    projection.on(correction, message);

    KpiSeries series = queries.series("k-series", "dienste").orElseThrow();

    assertThat(series.corrected()).extracting(p -> p.value().intValue()).containsExactly(10, 25);
    assertThat(series.corrected().get(1).observedOn()).isEqualTo(feb.minusDays(1));
    assertThat(series.corrected().get(1).onTrack()).isTrue();
    assertThat(series.asFirstRecorded())
        .extracting(p -> p.value().intValue())
        .containsExactly(10, 8);
    assertThat(series.asFirstRecorded().get(1).onTrack()).isFalse();
    assertThat(series.asFirstRecorded().get(0).recordedAt()).isEqualTo(recorded);
    assertThat(series.corrections()).hasSize(1);
    assertThat(series.corrections().get(0).reason()).isEqualTo("Zählfehler");
  }

  @Test
  void movesTheTargetOnlyForaNewerEvent() {
    MeasureId id = new MeasureId("k-target");
    projection.on(
        kpi("k-target", "quote", "Quote", "0", "50", LocalDate.of(2025, 1, 1)), 0, Instant.now());
    projection.on(
        new KpiTargetChanged(
            id,
            new KpiId("quote"),
            new BigDecimal("50"),
            LocalDate.of(2025, 1, 1),
            new BigDecimal("80"),
            LocalDate.of(2026, 1, 1),
            "Rat"),
        2);
    projection.on(
        new KpiTargetChanged(
            id,
            new KpiId("quote"),
            new BigDecimal("40"),
            LocalDate.of(2025, 1, 1),
            new BigDecimal("50"),
            LocalDate.of(2025, 1, 1),
            "alt"),
        1);

    KpiSeries series = queries.series("k-target", "quote").orElseThrow();

    assertThat(series.target()).isEqualByComparingTo("80");
    assertThat(series.targetDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(series.corrected()).isEmpty();
  }
}
