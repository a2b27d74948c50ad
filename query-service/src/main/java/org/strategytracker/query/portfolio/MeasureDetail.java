package org.strategytracker.query.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.strategytracker.events.measure.Collaborator;

/**
 * Everything current about one measure. {@code version} is the number of its events, the same
 * number the command API answers as ETag.
 */
public record MeasureDetail(
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
    ProgressView progress,
    List<MilestoneView> milestones,
    List<KpiView> kpis,
    Instant registeredAt,
    Instant lastUpdate,
    long version) {

  /**
   * The period as the strategy says it and as read; dates are {@code null} where the text names
   * none.
   */
  public record PeriodView(String text, String kind, LocalDate start, LocalDate end) {}

  /** The latest progress report; all fields {@code null} before the first report. */
  public record ProgressView(
      Integer percentComplete, String health, String comment, Instant reportedAt) {}

  /** A milestone: overdue when due before today (Europe/Berlin) and neither reached nor dropped. */
  public record MilestoneView(
      String id,
      String title,
      LocalDate dueDate,
      LocalDate plannedDueDate,
      LocalDate reachedOn,
      boolean dropped,
      boolean overdue,
      int timesSlipped) {}

  /**
   * A KPI with its latest value; {@code onTrack} is {@code null} when there is no target or no
   * value.
   */
  public record KpiView(
      String id,
      String name,
      String unit,
      String direction,
      BigDecimal baseline,
      BigDecimal target,
      LocalDate targetDate,
      BigDecimal latestValue,
      LocalDate latestObservedOn,
      Boolean onTrack) {}
}
