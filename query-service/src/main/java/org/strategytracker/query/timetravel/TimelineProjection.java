package org.strategytracker.query.timetravel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.KpiValueCorrected;
import org.strategytracker.events.measure.KpiValueRecorded;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.ProjectionTables;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * Keeps every fact with both its valid time and its record time, so that the portfolio can be
 * rebuilt as of any date as known at any moment by one indexed query instead of a replay. Rows are
 * keyed by the event's global index; a replay or redelivery writes nothing twice.
 */
@ProcessingGroup(TimelineProjection.NAME)
public class TimelineProjection {

  public static final String NAME = "timeline";
  static final List<String> TABLES =
      List.of("timeline_fact", "timeline_kpi_value", "timeline_position");

  private final JdbcClient jdbc;
  private final ProjectionTables tables;
  private final BatchedWrites writes;
  private final ZoneId city;

  TimelineProjection(JdbcClient jdbc, ProjectionTables tables, BatchedWrites writes, ZoneId city) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.writes = writes;
    this.city = city;
  }

  @EventHandler
  void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
    long position =
        token
            .position()
            .orElseThrow(() -> new IllegalStateException("token without position: " + token));
    writes.run(() -> record(event, message, position));
  }

  /**
   * Records one event in two statements (its position and its facts, plus one for a KPI value),
   * buffered with the batch's others ({@link BatchedWrites}), which sends each kind of statement as
   * one for the whole batch: a rebuild replays a million of them.
   */
  void record(Object event, DomainEventMessage<?> message, long position) {
    Tables t = tables.resolve();
    Instant at = message.getTimestamp();
    MetaData meta = message.getMetaData();
    String actor = text(meta, AuditMetadata.ACTOR_ID);
    String unit = text(meta, AuditMetadata.ACTOR_UNIT);
    String reason = text(meta, AuditMetadata.REASON);
    String measure = message.getAggregateIdentifier();
    List<Fact> facts = Facts.of(event, at, city);
    writes.update(
        "INSERT INTO "
            + t.of("timeline_position")
            + " (global_index, recorded_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        position,
        Times.utc(at));
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO "
                + t.of("timeline_fact")
                + " (global_index, kind, measure_id, item_id, sequence_number, valid_at, recorded_at, text_value, text_value2,"
                + " note, number_value, number_value2, date_value, previous_date, actor_id, actor_unit, reason) VALUES ");
    List<Object> values = new ArrayList<>();
    for (Fact fact : facts) {
      boolean due = fact.kind().equals("MILESTONE_DUE");
      sql.append(values.isEmpty() ? "" : ", ")
          .append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ")
          .append(due ? slipsSoFar(t) : "?")
          .append(", ?, ?, ?, ?, ?, ?)");
      values.addAll(
          Arrays.asList(
              position,
              fact.kind(),
              measure,
              fact.itemId(),
              message.getSequenceNumber(),
              Times.utc(fact.validAt()),
              Times.utc(at),
              fact.text(),
              fact.previousText(),
              fact.note()));
      values.addAll(
          due
              ? List.of(measure, fact.itemId(), position, slipped(fact) ? 1 : 0)
              : Arrays.asList(fact.number()));
      values.addAll(
          Arrays.asList(
              fact.previousNumber(), fact.date(), fact.previousDate(), actor, unit, reason));
    }
    writes.update(sql.append(" ON CONFLICT DO NOTHING").toString(), values.toArray());
    if (event instanceof KpiValueRecorded e) {
      version(
          t,
          position,
          measure,
          e.kpiId().value(),
          e.valueId().value(),
          e.value(),
          e.observedOn(),
          at,
          actor,
          unit,
          e.comment());
    } else if (event instanceof KpiValueCorrected e) {
      writes.update(
          "UPDATE "
              + t.of("timeline_kpi_value")
              + " SET superseded_by = ? WHERE measure_id = ? AND value_id = ?"
              + " AND superseded_by IS NULL AND global_index < ?",
          position,
          measure,
          e.valueId().value(),
          position);
      version(
          t,
          position,
          measure,
          e.kpiId().value(),
          e.valueId().value(),
          e.value(),
          e.observedOn(),
          at,
          actor,
          unit,
          e.reason());
    }
  }

  /**
   * A milestone's due-date facts carry how often it has slipped so far (a later due date than the
   * one before), so that an as-of query reads the count with the due date in one index probe.
   */
  private static String slipsSoFar(Tables t) {
    return "(SELECT coalesce(max(s.number_value), 0) FROM "
        + t.of("timeline_fact")
        + " s WHERE s.measure_id = ?"
        + " AND s.kind = 'MILESTONE_DUE' AND s.item_id = ? AND s.global_index < ?) + ?";
  }

  private static boolean slipped(Fact due) {
    return due.previousDate() != null && due.date().isAfter(due.previousDate());
  }

  private void version(
      Tables t,
      long position,
      String measure,
      String kpi,
      String valueId,
      Object value,
      Object observedOn,
      Instant at,
      String actor,
      String unit,
      String reason) {
    writes.update(
        "INSERT INTO "
            + t.of("timeline_kpi_value")
            + " (global_index, measure_id, kpi_id, value_id, value,"
            + " observed_on, recorded_at, actor_id, actor_unit, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        position,
        measure,
        kpi,
        valueId,
        value,
        observedOn,
        Times.utc(at),
        actor,
        unit,
        reason);
  }

  @ResetHandler
  void reset() {
    Tables t = tables.resolve();
    TABLES.forEach(table -> jdbc.sql("TRUNCATE " + t.of(table)).update());
  }

  private static String text(MetaData meta, String key) {
    Object value = meta.get(key);
    return value == null ? null : value.toString();
  }
}
