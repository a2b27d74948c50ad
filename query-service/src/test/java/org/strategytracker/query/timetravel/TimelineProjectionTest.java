package org.strategytracker.query.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.support.ReadModelDatabase;

/**
 * Given a measure's events with their positions, the timeline answers for any day and any position.
 */
class TimelineProjectionTest {

  static final ZoneId CITY = ZoneId.of("Europe/Berlin");
  static JdbcClient jdbc;
  static TimelineProjection timeline;
  static AsOfQueries queries;

  @BeforeAll
  static void database() {
    ReadModelDatabase database = ReadModelDatabase.create();
    jdbc = database.jdbc();
    timeline = new TimelineProjection(jdbc, new Tables(1), database.writes(), CITY);
    queries = new AsOfQueries(jdbc, new CityToday(CITY), null);
  }

  static void record(long position, String measure, long sequence, String at, Object event) {
    timeline.record(
        event,
        new GenericDomainEventMessage<>(
            "Measure",
            measure,
            sequence,
            event,
            Map.of("actorId", "u-1", "actorUnit", "FB 61"),
            "e-" + position,
            Instant.parse(at)),
        position);
  }

  static MeasureState state(String measure, String asOf, long position) {
    return queries
        .measure(new Basis(LocalDate.parse(asOf), Instant.EPOCH, position, position), measure)
        .orElseThrow();
  }

  @Test
  void countsSlipsKeepsEveryDueDateAndIgnoresEventsSeenTwice() {
    MeasureId m = new MeasureId("tl-slips");
    MilestoneId phase = new MilestoneId("phase-1");
    List<Runnable> events =
        List.of(
            () ->
                record(
                    100,
                    "tl-slips",
                    0,
                    "2024-01-02T08:00:00Z",
                    registered("tl-slips", "Slips", "Sonstiges", "FB 61", 2)),
            () ->
                record(
                    101,
                    "tl-slips",
                    1,
                    "2024-01-03T08:00:00Z",
                    milestone("tl-slips", "phase-1", "Phase 1", LocalDate.parse("2024-03-31"))),
            () ->
                record(
                    102,
                    "tl-slips",
                    2,
                    "2024-03-01T08:00:00Z",
                    new MilestoneRescheduled(
                        m,
                        phase,
                        LocalDate.parse("2024-03-31"),
                        LocalDate.parse("2024-06-30"),
                        "Verzug")),
            () ->
                record(
                    103,
                    "tl-slips",
                    3,
                    "2024-04-01T08:00:00Z",
                    new MilestoneRescheduled(
                        m,
                        phase,
                        LocalDate.parse("2024-06-30"),
                        LocalDate.parse("2024-05-31"),
                        "schneller")),
            () ->
                record(
                    104,
                    "tl-slips",
                    4,
                    "2024-05-01T08:00:00Z",
                    new MilestoneRescheduled(
                        m,
                        phase,
                        LocalDate.parse("2024-05-31"),
                        LocalDate.parse("2024-09-30"),
                        "Vergabe")));
    events.forEach(Runnable::run);
    events.forEach(Runnable::run);

    assertThat(state("tl-slips", "2024-02-01", 104).milestones().get(0).timesSlipped()).isZero();
    assertThat(state("tl-slips", "2024-04-15", 104).milestones().get(0).dueDate())
        .isEqualTo("2024-05-31");
    assertThat(state("tl-slips", "2024-04-15", 104).milestones().get(0).timesSlipped())
        .isEqualTo(1);
    assertThat(state("tl-slips", "2024-04-15", 104).milestones().get(0).overdue()).isFalse();
    assertThat(state("tl-slips", "2024-12-31", 104).milestones().get(0).timesSlipped())
        .isEqualTo(2);
    assertThat(state("tl-slips", "2024-12-31", 103).milestones().get(0).dueDate())
        .isEqualTo("2024-05-31");
    assertThat(state("tl-slips", "2024-12-31", 103).milestones().get(0).overdue()).isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM timeline_fact WHERE measure_id = 'tl-slips'")
                .query(Long.class)
                .single())
        .isEqualTo(8 + 2 + 3);
  }

  @Test
  void knowsACorrectedValueOnlyFromTheCorrectionsPositionOn() {
    MeasureId m = new MeasureId("tl-kpi");
    record(
        200,
        "tl-kpi",
        0,
        "2024-01-02T08:00:00Z",
        registered("tl-kpi", "Kennzahl", "Sonstiges", "FB 61", 2));
    record(
        201,
        "tl-kpi",
        1,
        "2024-01-02T09:00:00Z",
        kpi("tl-kpi", "k", "Dienste", "0", "100", LocalDate.parse("2025-12-31")));
    record(
        202,
        "tl-kpi",
        2,
        "2024-02-02T09:00:00Z",
        value("tl-kpi", "k", "v1", "10", LocalDate.parse("2024-01-31")));
    record(
        203,
        "tl-kpi",
        3,
        "2024-03-02T09:00:00Z",
        new KpiValueCorrected(
            m,
            new KpiId("k"),
            new KpiValueId("v1"),
            new BigDecimal("10"),
            new BigDecimal("12"),
            LocalDate.parse("2024-01-31"),
            LocalDate.parse("2024-02-15"),
            "x"));
    record(
        203,
        "tl-kpi",
        3,
        "2024-03-02T09:00:00Z",
        new KpiValueCorrected(
            m,
            new KpiId("k"),
            new KpiValueId("v1"),
            new BigDecimal("10"),
            new BigDecimal("12"),
            LocalDate.parse("2024-01-31"),
            LocalDate.parse("2024-02-15"),
            "x"));

    assertThat(state("tl-kpi", "2024-02-10", 202).kpis().get(0).latestValue())
        .isEqualByComparingTo("10");
    assertThat(state("tl-kpi", "2024-02-10", 203).kpis().get(0).latestValue()).isNull();
    assertThat(state("tl-kpi", "2024-02-20", 203).kpis().get(0).latestValue())
        .isEqualByComparingTo("12");
    assertThat(state("tl-kpi", "2024-02-20", 203).kpis().get(0).latestObservedOn())
        .isEqualTo("2024-02-15");
    assertThat(
            jdbc.sql("SELECT count(*) FROM timeline_kpi_value WHERE measure_id = 'tl-kpi'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void doesNotKnowAMeasureBeforeItWasRegistered() {
    record(
        300,
        "tl-new",
        0,
        "2024-05-02T08:00:00Z",
        registered("tl-new", "Neu", "Sonstiges", "FB 61", 3));

    assertThat(
            queries.measure(
                new Basis(LocalDate.parse("2024-05-01"), Instant.EPOCH, 300, 300), "tl-new"))
        .isEmpty();
    assertThat(
            queries.measure(
                new Basis(LocalDate.parse("2024-05-02"), Instant.EPOCH, 299, 300), "tl-new"))
        .isEmpty();
    assertThat(state("tl-new", "2024-05-02", 300).status()).isEqualTo("PLANNED");
  }
}
