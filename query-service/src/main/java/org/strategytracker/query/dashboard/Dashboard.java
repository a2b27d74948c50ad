package org.strategytracker.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.strategytracker.query.portfolio.ProgressBand;

/**
 * The strategy office's figures as of today (Europe/Berlin).
 *
 * @param counts measures by status, field of action, priority and lead unit (only combinations that
 *     occur)
 * @param overdueMilestones milestones due before today and neither reached nor dropped, oldest
 *     first
 * @param staleMeasures open measures without any change for at least {@code staleDays} days
 * @param kpis how many KPIs are on track, off track or cannot be judged, and which are off track
 * @param priorityOne how many priority-1 measures there are and which share of them is in progress
 * @param progressBands how many measures are in each progress band, every band in order (also those
 *     with none)
 */
public record Dashboard(
    LocalDate asOf,
    int staleDays,
    long totalMeasures,
    List<Count> counts,
    List<OverdueMilestone> overdueMilestones,
    List<StaleMeasure> staleMeasures,
    KpiFigures kpis,
    PriorityOne priorityOne,
    List<BandCount> progressBands) {

  /** Number of measures in one progress band ({@code none}, {@code 0-24}, ... {@code 100}). */
  public record BandCount(String band, long measures) {

    /** Every band in order with the number of the given percentages that fall into it. */
    public static List<BandCount> of(List<Integer> percentages) {
      Map<ProgressBand, Long> counted = new EnumMap<>(ProgressBand.class);
      percentages.forEach(p -> counted.merge(ProgressBand.of(p), 1L, Long::sum));
      return Arrays.stream(ProgressBand.values())
          .map(b -> new BandCount(b.code(), counted.getOrDefault(b, 0L)))
          .toList();
    }
  }

  /** Number of measures with one combination of status, field of action, priority and lead unit. */
  public record Count(
      String status, String fieldOfAction, int priority, String leadUnit, long measures) {}

  /** A milestone past its due date. */
  public record OverdueMilestone(
      String measureId,
      String measureTitle,
      String leadUnit,
      String milestoneId,
      String title,
      LocalDate dueDate,
      long daysOverdue) {}

  /** An open measure nobody has updated for a while. */
  public record StaleMeasure(
      String measureId,
      String title,
      String leadUnit,
      String status,
      Instant lastUpdate,
      long daysWithoutUpdate) {}

  /** KPIs against the straight path from baseline to target. */
  public record KpiFigures(
      long onTrack, long offTrack, long unknown, List<OffTrackKpi> offTrackKpis) {}

  /** A KPI whose latest value is off the path. */
  public record OffTrackKpi(
      String measureId,
      String kpiId,
      String name,
      BigDecimal latestValue,
      LocalDate observedOn,
      BigDecimal target,
      LocalDate targetDate) {}

  /** Priority-1 measures and the share of them in progress (0 to 1; 0 when there are none). */
  public record PriorityOne(long measures, long inProgress, BigDecimal shareInProgress) {

    /** The figures with the share rounded to four places. */
    public static PriorityOne of(long measures, long inProgress) {
      BigDecimal share =
          measures == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(inProgress)
                  .divide(BigDecimal.valueOf(measures), 4, RoundingMode.HALF_UP);
      return new PriorityOne(measures, inProgress, share);
    }
  }
}
