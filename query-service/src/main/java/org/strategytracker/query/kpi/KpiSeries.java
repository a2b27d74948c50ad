package org.strategytracker.query.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.strategytracker.events.measure.KpiDirection;

/**
 * A KPI's values over time. {@code corrected} is the series as it stands after all corrections,
 * {@code asFirstRecorded} the series as the values were first entered, {@code corrections} every
 * correction in the order it was made. {@code onTrack} of a point is {@code null} without target.
 */
public record KpiSeries(
    String measureId,
    String kpiId,
    String name,
    String unit,
    String direction,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate targetDate,
    LocalDate definedOn,
    List<Point> corrected,
    List<Point> asFirstRecorded,
    List<Correction> corrections) {

  /**
   * This series with both lists sorted by day and every point judged against the KPI's path, which
   * starts at the baseline or, without one, at the list's first value.
   */
  public KpiSeries judged() {
    return new KpiSeries(
        measureId,
        kpiId,
        name,
        unit,
        direction,
        baseline,
        target,
        targetDate,
        definedOn,
        judged(corrected),
        judged(asFirstRecorded),
        corrections);
  }

  private List<Point> judged(List<Point> points) {
    List<Point> sorted =
        points.stream()
            .sorted(Comparator.comparing(Point::observedOn).thenComparing(Point::valueId))
            .toList();
    if (sorted.isEmpty()) {
      return sorted;
    }
    KpiPath path =
        KpiPath.of(
            KpiDirection.valueOf(direction),
            baseline,
            definedOn,
            sorted.get(0).value(),
            sorted.get(0).observedOn(),
            target,
            targetDate);
    return sorted.stream()
        .map(
            p ->
                new Point(
                    p.valueId(),
                    p.observedOn(),
                    p.value(),
                    p.recordedAt(),
                    p.correctedAt(),
                    target == null || targetDate == null ? null : path.expectedOn(p.observedOn()),
                    path.onTrack(p.value(), p.observedOn())))
        .toList();
  }

  /** One value on the day it was observed, and when it was recorded (and last corrected). */
  public record Point(
      String valueId,
      LocalDate observedOn,
      BigDecimal value,
      Instant recordedAt,
      Instant correctedAt,
      BigDecimal expected,
      Boolean onTrack) {}

  /** One correction of a recorded value, with its reason. */
  public record Correction(
      String valueId,
      BigDecimal previousValue,
      BigDecimal value,
      LocalDate previousObservedOn,
      LocalDate observedOn,
      Instant correctedAt,
      String reason) {}
}
