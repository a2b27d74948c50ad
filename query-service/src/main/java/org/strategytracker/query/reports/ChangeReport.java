package org.strategytracker.query.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.strategytracker.query.timetravel.Basis;

/**
 * What changed from {@code from} to {@code to} (both days inclusive, Europe/Berlin), per measure
 * and summed up, as known at the basis. KPI movement compares the value as of the day before {@code
 * from} with the value as of {@code to}.
 */
public record ChangeReport(
    Basis basis, LocalDate from, LocalDate to, Summary summary, List<MeasureChanges> measures) {

  /** The period in figures. */
  public record Summary(
      int measures,
      int withStatusChange,
      int withPriorityChange,
      int milestonesReached,
      int milestonesSlipped,
      int milestonesDropped,
      int kpisOnTrack,
      int kpisOffTrack,
      int withoutUpdate) {}

  /**
   * One measure's changes in the period; {@code updated} is false when nothing at all was recorded
   * for it.
   */
  public record MeasureChanges(
      String measureId,
      String title,
      String fieldOfAction,
      String leadUnit,
      String status,
      int priority,
      List<Change> statusChanges,
      List<Change> priorityChanges,
      List<MilestoneChange> milestonesReached,
      List<MilestoneChange> milestonesSlipped,
      List<MilestoneChange> milestonesDropped,
      List<KpiMovement> kpis,
      boolean updated) {}

  /** A value that changed, when it was recorded and why. */
  public record Change(Instant at, String from, String to, String reason) {}

  /**
   * A milestone reached (on {@code date}), slipped (from {@code previousDueDate} to {@code
   * dueDate}) or dropped.
   */
  public record MilestoneChange(
      String milestoneId,
      String title,
      LocalDate date,
      LocalDate previousDueDate,
      LocalDate dueDate,
      Instant at,
      String reason) {}

  /** How a KPI moved in the period against its target; {@code onTrack} at the end of the period. */
  public record KpiMovement(
      String kpiId,
      String name,
      BigDecimal startValue,
      BigDecimal endValue,
      BigDecimal change,
      BigDecimal target,
      LocalDate targetDate,
      Boolean onTrack) {}
}
