package org.strategytracker.query.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.projection.ProjectionTables;
import org.strategytracker.query.projection.Tables;

/**
 * The milestones and KPIs of the portfolio rows: due dates and how often they slipped, reached and
 * dropped milestones, KPI definitions and their values (the latest one is picked when read). Each
 * write happens only if the measure's version advanced ({@code advanced}, see {@link
 * PortfolioRows#guarded}); the casts type the parameters of {@code INSERT … SELECT}.
 */
@ProcessingGroup(PortfolioProjection.NAME)
public class PortfolioPlanProjection {

  private static final ZoneId CITY = ZoneId.of("Europe/Berlin");

  private final PortfolioRows rows;
  private final ProjectionTables tables;
  private final VersionSignal signal;

  PortfolioPlanProjection(PortfolioRows rows, ProjectionTables tables, VersionSignal signal) {
    this.rows = rows;
    this.tables = tables;
    this.signal = signal;
  }

  @EventHandler
  void on(MilestonePlanned e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "INSERT INTO %s (measure_id, milestone_id, title, due_date, planned_due_date)"
            + " SELECT ?, ?, ?, ?::date, ?::date FROM advanced ON CONFLICT DO NOTHING",
        "portfolio_milestone",
        e.measureId().value(),
        e.milestoneId().value(),
        e.title(),
        e.dueDate(),
        e.dueDate());
  }

  @EventHandler
  void on(MilestoneRescheduled e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "UPDATE %s SET due_date = ?,"
            + " times_slipped = times_slipped + CASE WHEN due_date IS NOT NULL AND ? > due_date THEN 1 ELSE 0 END"
            + " WHERE measure_id = ? AND milestone_id = ? AND EXISTS (SELECT 1 FROM advanced)",
        "portfolio_milestone",
        e.dueDate(),
        e.dueDate(),
        e.measureId().value(),
        e.milestoneId().value());
  }

  @EventHandler
  void on(MilestoneReached e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "UPDATE %s SET reached_on = ? WHERE measure_id = ? AND milestone_id = ?"
            + " AND EXISTS (SELECT 1 FROM advanced)",
        "portfolio_milestone",
        e.reachedOn(),
        e.measureId().value(),
        e.milestoneId().value());
  }

  @EventHandler
  void on(MilestoneDropped e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "UPDATE %s SET dropped = TRUE WHERE measure_id = ? AND milestone_id = ?"
            + " AND EXISTS (SELECT 1 FROM advanced)",
        "portfolio_milestone",
        e.measureId().value(),
        e.milestoneId().value());
  }

  @EventHandler
  void on(KpiDefined e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "INSERT INTO %s (measure_id, kpi_id, name, unit, direction, baseline, target,"
            + " target_date, defined_on) SELECT ?, ?, ?, ?, ?, ?::numeric, ?::numeric, ?::date, ?::date"
            + " FROM advanced ON CONFLICT DO NOTHING",
        "portfolio_kpi",
        e.measureId().value(),
        e.kpiId().value(),
        e.name(),
        e.unit(),
        e.direction().name(),
        e.baseline(),
        e.target(),
        e.targetDate(),
        LocalDate.ofInstant(at, CITY));
  }

  @EventHandler
  void on(KpiTargetChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "UPDATE %s SET target = ?, target_date = ? WHERE measure_id = ? AND kpi_id = ?"
            + " AND EXISTS (SELECT 1 FROM advanced)",
        "portfolio_kpi",
        e.target(),
        e.targetDate(),
        e.measureId().value(),
        e.kpiId().value());
  }

  @EventHandler
  void on(KpiValueRecorded e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "INSERT INTO %s (measure_id, value_id, kpi_id, value, observed_on)"
            + " SELECT ?, ?, ?, ?::numeric, ?::date FROM advanced ON CONFLICT DO NOTHING",
        "portfolio_kpi_value",
        e.measureId().value(),
        e.valueId().value(),
        e.kpiId().value(),
        e.value(),
        e.observedOn());
  }

  @EventHandler
  void on(KpiValueCorrected e, @SequenceNumber long sequence, @Timestamp Instant at) {
    write(
        e.measureId(),
        sequence,
        at,
        "UPDATE %s SET value = ?, observed_on = ? WHERE measure_id = ? AND value_id = ?"
            + " AND EXISTS (SELECT 1 FROM advanced)",
        "portfolio_kpi_value",
        e.value(),
        e.observedOn(),
        e.measureId().value(),
        e.valueId().value());
  }

  private void write(
      MeasureId measure, long sequence, Instant at, String sql, String table, Object... values) {
    rows.atomically(
        () -> {
          Tables t = tables.resolve();
          rows.guarded(t, measure, sequence + 1, at, sql.formatted(t.of(table)), values);
        });
    signal.after(measure);
  }
}
