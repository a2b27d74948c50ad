package org.strategytracker.query.timetravel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every due date a milestone has had, in the order they were set: the data behind a milestone trend
 * chart. The first entry is the date it was planned with ({@code previousDueDate} null).
 */
public record MilestoneSlips(
    Basis basis, String measureId, String milestoneId, String title, List<DueDate> dueDates) {

  /**
   * One planned due date, when it was set, by which unit (actor id only where identities may be
   * seen) and why.
   */
  public record DueDate(
      LocalDate dueDate,
      LocalDate previousDueDate,
      long slipDays,
      Instant recordedAt,
      String actorId,
      String actorUnit,
      String reason) {}
}
