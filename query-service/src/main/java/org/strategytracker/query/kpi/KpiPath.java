package org.strategytracker.query.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.strategytracker.events.measure.KpiDirection;

/**
 * The straight path a KPI should follow from its start (the baseline on the day it was defined, or
 * else its first value) to its target on the target date. A value on or above the path is on track
 * for {@code INCREASE}, on or below for {@code DECREASE}, within ±5 % for {@code MAINTAIN}. Without
 * target, target date or value, nobody can tell: the answer is {@code null}, never {@code false}.
 *
 * @param direction which way the KPI should move
 * @param start the path's first value
 * @param startDate the day of the first value
 * @param target the value to reach
 * @param targetDate the day to reach it
 */
public record KpiPath(
    KpiDirection direction,
    BigDecimal start,
    LocalDate startDate,
    BigDecimal target,
    LocalDate targetDate) {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

  /** The path of a KPI, starting at its baseline or, without one, at its first value. */
  public static KpiPath of(
      KpiDirection direction,
      BigDecimal baseline,
      LocalDate definedOn,
      BigDecimal firstValue,
      LocalDate firstObservedOn,
      BigDecimal target,
      LocalDate targetDate) {
    return baseline != null
        ? new KpiPath(direction, baseline, definedOn, target, targetDate)
        : new KpiPath(direction, firstValue, firstObservedOn, target, targetDate);
  }

  /** Where the path is on a day. */
  public BigDecimal expectedOn(LocalDate day) {
    if (start == null || startDate == null || !day.isAfter(startDate)) {
      return start == null ? target : start;
    }
    if (!day.isBefore(targetDate)) {
      return target;
    }
    long total = ChronoUnit.DAYS.between(startDate, targetDate);
    long elapsed = ChronoUnit.DAYS.between(startDate, day);
    BigDecimal share =
        BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    return start.add(target.subtract(start).multiply(share), MathContext.DECIMAL64);
  }

  /** Whether a value observed on a day is on track; {@code null} when that cannot be told. */
  public Boolean onTrack(BigDecimal value, LocalDate observedOn) {
    if (target == null || targetDate == null || value == null || observedOn == null) {
      return null;
    }
    BigDecimal expected = expectedOn(observedOn);
    return switch (direction) {
      case INCREASE -> value.compareTo(expected) >= 0;
      case DECREASE -> value.compareTo(expected) <= 0;
      case MAINTAIN ->
          value.subtract(expected).abs().compareTo(expected.abs().multiply(TOLERANCE)) <= 0;
    };
  }
}
