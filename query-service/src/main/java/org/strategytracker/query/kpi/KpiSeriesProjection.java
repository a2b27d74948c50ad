package org.strategytracker.query.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.KpiDefined;
import org.strategytracker.events.measure.KpiTargetChanged;
import org.strategytracker.events.measure.KpiValueCorrected;
import org.strategytracker.events.measure.KpiValueRecorded;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.ProjectionTables;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * KPI values by the day they were observed, with the time each was recorded and every correction,
 * so that both the corrected series and the series as first recorded can be shown. Values are keyed
 * by their id and corrections by their event's id; a replay changes nothing twice.
 */
@ProcessingGroup(KpiSeriesProjection.NAME)
public class KpiSeriesProjection {

  public static final String NAME = "kpi";
  static final List<String> TABLES = List.of("kpi_definition", "kpi_value", "kpi_correction");
  private static final ZoneId CITY = ZoneId.of("Europe/Berlin");

  private final JdbcClient jdbc;
  private final ProjectionTables tables;
  private final BatchedWrites writes;

  KpiSeriesProjection(JdbcClient jdbc, ProjectionTables tables, BatchedWrites writes) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.writes = writes;
  }

  @EventHandler
  void on(KpiDefined e, @SequenceNumber long sequence, @Timestamp Instant at) {
    writes.run(
        () ->
            writes.update(
                "INSERT INTO "
                    + tables.resolve().of("kpi_definition")
                    + " (measure_id, kpi_id, name, unit, direction,"
                    + " baseline, target, target_date, defined_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING",
                e.measureId().value(),
                e.kpiId().value(),
                e.name(),
                e.unit(),
                e.direction().name(),
                e.baseline(),
                e.target(),
                e.targetDate(),
                LocalDate.ofInstant(at, CITY),
                sequence + 1));
  }

  @EventHandler
  void on(KpiTargetChanged e, @SequenceNumber long sequence) {
    writes.run(
        () ->
            writes.update(
                "UPDATE "
                    + tables.resolve().of("kpi_definition")
                    + " SET target = ?, target_date = ?, version = ?"
                    + " WHERE measure_id = ? AND kpi_id = ? AND version < ?",
                e.target(),
                e.targetDate(),
                sequence + 1,
                e.measureId().value(),
                e.kpiId().value(),
                sequence + 1));
  }

  @EventHandler
  void on(KpiValueRecorded e, @Timestamp Instant at) {
    writes.run(
        () ->
            writes.update(
                "INSERT INTO "
                    + tables.resolve().of("kpi_value")
                    + " (measure_id, value_id, kpi_id, first_value,"
                    + " first_observed_on, recorded_at, value, observed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.measureId().value(),
                e.valueId().value(),
                e.kpiId().value(),
                e.value(),
                e.observedOn(),
                Times.utc(at),
                e.value(),
                e.observedOn()));
  }

  /** The correction is recorded once (by its event id), and only then changes the value. */
  @EventHandler
  void on(KpiValueCorrected e, EventMessage<?> message) {
    writes.run(
        () -> {
          Tables t = tables.resolve();
          writes.update(
              "WITH correction AS (INSERT INTO "
                  + t.of("kpi_correction")
                  + " (event_id, measure_id, kpi_id, value_id,"
                  + " previous_value, value, previous_observed_on, observed_on, corrected_at, reason)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1)"
                  + " UPDATE "
                  + t.of("kpi_value")
                  + " SET value = ?, observed_on = ?, corrected_at = ?"
                  + " WHERE measure_id = ? AND value_id = ? AND EXISTS (SELECT 1 FROM correction)",
              message.getIdentifier(),
              e.measureId().value(),
              e.kpiId().value(),
              e.valueId().value(),
              e.previousValue(),
              e.value(),
              e.previousObservedOn(),
              e.observedOn(),
              Times.utc(message.getTimestamp()),
              e.reason(),
              e.value(),
              e.observedOn(),
              Times.utc(message.getTimestamp()),
              e.measureId().value(),
              e.valueId().value());
        });
  }

  @ResetHandler
  void reset() {
    Tables t = tables.resolve();
    TABLES.forEach(table -> jdbc.sql("TRUNCATE " + t.of(table)).update());
  }
}
