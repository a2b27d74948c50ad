package org.strategytracker.query.timetravel;

import java.time.Instant;
import java.util.List;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;
import org.strategytracker.query.portfolio.MeasureDetail.PeriodView;

/**
 * Where one measure stood as of a date, as known at a moment, with the same milestone and KPI views
 * as the live portfolio. {@code version} is the number of the measure's events known then.
 * Description, measurability and collaborators are {@code null} and empty for a timeline built
 * before they were recorded as facts, until it is rebuilt (docs/time-travel.md).
 */
public record MeasureState(
    String id,
    String title,
    String fieldOfAction,
    String description,
    String measurability,
    String leadUnit,
    List<Collaborator> collaborators,
    int priority,
    String status,
    PeriodView period,
    Integer percentComplete,
    String health,
    String progressComment,
    Instant progressReportedAt,
    List<MilestoneView> milestones,
    List<KpiView> kpis,
    Instant registeredAt,
    Instant lastUpdate,
    long version) {

  /** Milestones due before the as-of date and neither reached nor dropped by then. */
  public int overdueMilestones() {
    return (int) milestones.stream().filter(MilestoneView::overdue).count();
  }
}
