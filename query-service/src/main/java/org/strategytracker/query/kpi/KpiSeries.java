package org.strategytracker.query.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
