package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;
import org.strategytracker.query.portfolio.MeasureDetail.PeriodView;
import org.strategytracker.query.projection.Times;

/**
 * One row of the measures statement, kept until the milestones and KPIs read beside it are there.
 */
record MeasureRow(
    String id,
    String title,
    String fieldOfAction,
    String description,
    String measurability,
    String leadUnit,
    int priority,
    String status,
    PeriodView period,
    Integer percentComplete,
    String health,
    String progressComment,
    Instant progressReportedAt,
    Instant registeredAt,
    Instant lastUpdate,
    long version) {

  static MeasureRow of(ResultSet rs, int row) throws SQLException {
    BigDecimal percent = rs.getBigDecimal("percent_complete");
    return new MeasureRow(
        rs.getString("measure_id"),
        rs.getString("title"),
        rs.getString("field_of_action"),
        rs.getString("description"),
        rs.getString("measurability"),
        rs.getString("lead_unit"),
        rs.getInt("priority"),
        rs.getString("status"),
        new PeriodView(
            rs.getString("period_text"),
            rs.getString("period_kind"),
            rs.getObject("period_start", LocalDate.class),
            rs.getObject("period_end", LocalDate.class)),
        percent == null ? null : percent.intValue(),
        rs.getString("health"),
        rs.getString("progress_comment"),
        Times.instant(rs, "progress_reported_at"),
        Times.instant(rs, "registered_at"),
        Times.instant(rs, "last_update"),
        rs.getLong("last_sequence") + 1);
  }

  MeasureState state(
      List<Collaborator> collaborators, List<MilestoneView> milestones, List<KpiView> kpis) {
    return new MeasureState(
        id,
        title,
        fieldOfAction,
        description,
        measurability,
        leadUnit,
        collaborators,
        priority,
        status,
        period,
        percentComplete,
        health,
        progressComment,
        progressReportedAt,
        milestones,
        kpis,
        registeredAt,
        lastUpdate,
        version);
  }
}
