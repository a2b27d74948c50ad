package org.strategytracker.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.support.ReadModelDatabase;

/** Given a measure's events, the audit history tells who changed what, when and why, in German. */
class HistoryProjectionTest {

  static HistoryProjection projection;
  static HistoryQueries queries;
  static final Map<String, Long> sequences = new HashMap<>();

  @BeforeAll
  static void database() {
    ReadModelDatabase database = ReadModelDatabase.create();
    projection = new HistoryProjection(database.jdbc(), new Tables(1), database.writes());
    queries = new HistoryQueries(database.jdbc());
  }

  @Test
  void summarisesEveryEventInOneGermanLine() {
    String m = "h-ozg";
    MeasureId id = new MeasureId(m);
    LocalDate may31 = LocalDate.of(2024, 5, 31);
    given(
        m,
        new MeasureRegistered(
            id,
            "OZG-Umsetzung",
            "Digitale Verwaltung",
            OrgUnit.of("FB 11"),
            List.of(),
            Priority.of(2),
            null,
            null,
            PeriodParser.parse("2023")),
        "import",
        null);
    given(m, priority(m, 2, 1, "gesetzlich vorgeschrieben"), "api", null);
    given(m, status(m, Status.PLANNED, Status.IN_PROGRESS, "Projektstart"), "api", null);
    given(m, milestone(m, "phase-1", "Phase 1", LocalDate.of(2024, 3, 31)), "api", null);
    given(
        m,
        new MilestoneRescheduled(
            id,
            new MilestoneId("phase-1"),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 9, 30),
            "Ausschreibung verzögert"),
        "api",
        null);
    given(
        m, kpi(m, "online", "Online-Dienste", "0", "100", LocalDate.of(2025, 12, 31)), "api", null);
    given(m, value(m, "online", "v1", "4", may31), "api", null);
    given(
        m,
        new KpiValueCorrected(
            id,
            new KpiId("online"),
            new KpiValueId("v1"),
            new BigDecimal("4"),
            new BigDecimal("4.5"),
            may31,
            may31,
            "Zählfehler"),
        "api",
        null);

    List<String> summaries =
        queries.find(query(m)).items().stream().map(HistoryEntry::summary).toList();

    assertThat(summaries)
        .containsExactly(
            "Messwert für „Online-Dienste“ von 4 (Stand 31.05.2024) auf 4,5 (Stand 31.05.2024) korrigiert: Zählfehler",
            "Messwert 4 für „Online-Dienste“ (Stand 31.05.2024) erfasst",
            "Kennzahl „Online-Dienste“ definiert (höher ist besser, Ziel 100 bis 31.12.2025)",
            "Meilenstein „Phase 1“ von 31.03.2024 auf 30.09.2024 verschoben: Ausschreibung verzögert",
            "Meilenstein „Phase 1“ zum 31.03.2024 geplant",
            "Status von „Geplant“ auf „In Umsetzung“ geändert: Projektstart",
            "Priorität von 2 auf 1 geändert: gesetzlich vorgeschrieben",
            "Maßnahme „OZG-Umsetzung“ angelegt (Quelle: Katalogimport)");
  }

  @Test
  void keepsWhoWhenWhatFromAndToTheReasonSourceAndCorrelation() {
    given("h-audit", registered("h-audit", "Audit", "Sonstiges", "FB 61", 2), "api", null);
    given("h-audit", priority("h-audit", 2, 1, "dringend"), "ui", "FB 20");

    HistoryEntry entry = queries.find(query("h-audit")).items().get(0);

    assertThat(entry.version()).isEqualTo(2);
    assertThat(entry.eventType()).isEqualTo("PriorityAssigned");
    assertThat(entry.actorId()).isEqualTo("u-4711");
    assertThat(entry.actorUnit()).isEqualTo("FB 20");
    assertThat(entry.source()).isEqualTo("ui");
    assertThat(entry.correlationId()).isEqualTo("c-h-audit");
    assertThat(entry.reason()).isEqualTo("dringend");
    assertThat(entry.changes()).containsExactly(new Change("priority", "2", "1"));
  }

  @Test
  void filtersByUnitActorTypeAndTimeAndAddsNothingTwiceOnReplay() {
    GenericDomainEventMessage<?> message =
        message(
            "h-filter",
            registered("h-filter", "Filter", "Sonstiges", "FB 61", 2),
            "api",
            "FB 61/200");
    projection.on(message.getPayload(), message);
    projection.on(message.getPayload(), message);
    given("h-filter", status("h-filter", Status.PLANNED, Status.ON_HOLD, "Pause"), "api", "FB 45");

    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(
            queries
                .find(
                    HistoryQuery.parse(
                        "h-filter", null, null, null, null, null, null, null, berlin))
                .totalItems())
        .isEqualTo(2);
    assertThat(
            queries
                .find(
                    HistoryQuery.parse(
                        "h-filter", "FB 61", null, null, null, null, null, null, berlin))
                .items())
        .extracting(HistoryEntry::eventType)
        .containsExactly("MeasureRegistered");
    assertThat(
            queries
                .find(
                    HistoryQuery.parse(
                        "h-filter", null, null, "StatusChanged", null, null, null, null, berlin))
                .totalItems())
        .isEqualTo(1);
    assertThat(
            queries
                .find(
                    HistoryQuery.parse(
                        "h-filter", null, "u-0815", null, null, null, null, null, berlin))
                .totalItems())
        .isZero();
    assertThat(
            queries
                .find(
                    HistoryQuery.parse(
                        "h-filter", null, null, null, "2200-01-01", null, null, null, berlin))
                .totalItems())
        .isZero();
  }

  private static HistoryQuery query(String measure) {
    return HistoryQuery.parse(
        measure, null, null, null, null, null, null, null, ZoneId.of("Europe/Berlin"));
  }

  private static void given(String measure, Object event, String source, String unit) {
    GenericDomainEventMessage<?> message = message(measure, event, source, unit);
    projection.on(event, message);
  }

  private static GenericDomainEventMessage<?> message(
      String measure, Object event, String source, String unit) {
    long sequence = sequences.merge(measure, 0L, (old, ignored) -> old + 1);
    Map<String, Object> meta =
        new HashMap<>(
            Map.of(
                AuditMetadata.ACTOR_ID,
                "u-4711",
                AuditMetadata.SOURCE,
                source,
                AuditMetadata.CORRELATION_ID,
                "c-" + measure,
                AuditMetadata.ACTOR_UNIT,
                unit == null ? "FB 61" : unit));
    return new GenericDomainEventMessage<>(
        "Measure",
        measure,
        sequence,
        event,
        MetaData.from(meta),
        java.util.UUID.randomUUID().toString(),
        Instant.now().plusMillis(sequence));
  }
}
