package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.Health;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.events.measure.Status;

/** The JSON bodies the command API accepts. Rules are checked by the aggregate, not here. */
final class MeasureRequests {

  private MeasureRequests() {}

  record Register(
      String id,
      String title,
      String fieldOfAction,
      String leadUnit,
      List<CollaboratorBody> collaborators,
      Integer priority,
      String description,
      String measurability,
      String period,
      String reason) {}

  record CollaboratorBody(String name, Collaborator.Kind kind) {}

  record Details(
      String title,
      String fieldOfAction,
      String description,
      String measurability,
      String reason) {}

  record LeadUnit(String leadUnit, String reason) {}

  record PriorityChange(Integer priority, String reason) {}

  record PeriodChange(String period, String reason) {}

  record StatusChange(Status status, String reason) {}

  record Progress(Integer percentComplete, Health health, String comment) {}

  record Milestone(String id, String title, LocalDate dueDate) {}

  record Reschedule(LocalDate dueDate, String reason) {}

  record Reached(LocalDate reachedOn, String comment) {}

  record Reason(String reason) {}

  record Kpi(
      String id,
      String name,
      String unit,
      KpiDirection direction,
      BigDecimal baseline,
      BigDecimal target,
      LocalDate targetDate) {}

  record KpiTarget(BigDecimal target, LocalDate targetDate, String reason) {}

  record KpiValue(String id, BigDecimal value, LocalDate observedOn, String comment) {}

  record KpiCorrection(BigDecimal value, LocalDate observedOn, String reason) {}
}
