package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.strategytracker.events.measure.*;

/**
 * What each event states, as facts with their valid time. State changes hold from the moment they
 * were recorded (there is no separate effective date); a milestone counts as reached from the day
 * it was reached on; KPI values are kept by {@link TimelineProjection} with their observed day.
 */
final class Facts {

  private Facts() {}

  static List<Fact> of(Object event, Instant at, ZoneId city) {
    if (event instanceof MeasureRegistered e) {
      return List.of(
          Fact.of("REGISTERED", at).text(e.title(), e.fieldOfAction()),
          Fact.of("DETAILS", at).text(e.title(), e.fieldOfAction()),
          Fact.of("DESCRIPTION", at).text(e.description(), e.measurability()),
          Fact.of("COLLABORATORS", at)
              .text(
                  PastCollaborators.write(
                      e.collaborators() == null ? List.of() : e.collaborators()),
                  null),
          Fact.of("LEAD_UNIT", at).text(e.leadUnit().code(), null),
          Fact.of("PRIORITY", at).number(level(e.priority()), null),
          Fact.of("STATUS", at).text(Status.PLANNED.name(), null),
          Fact.of("PERIOD", at)
              .text(e.period().text(), e.period().kind().name())
              .date(e.period().start(), e.period().end()));
    }
    if (event instanceof MeasureDetailsRevised e) {
      return List.of(
          Fact.of("DETAILS", at).text(e.title(), e.fieldOfAction()),
          Fact.of("DESCRIPTION", at).text(e.description(), e.measurability()));
    }
    if (event instanceof CollaboratorAdded e) {
      return List.of(
          Fact.of("COLLABORATOR_ADDED", at)
              .text(e.collaborator().name(), e.collaborator().kind().name()));
    }
    if (event instanceof CollaboratorRemoved e) {
      return List.of(
          Fact.of("COLLABORATOR_REMOVED", at)
              .text(e.collaborator().name(), e.collaborator().kind().name()));
    }
    if (event instanceof LeadUnitAssigned e) {
      return List.of(
          Fact.of("LEAD_UNIT", at)
              .text(
                  e.leadUnit().code(),
                  e.previousLeadUnit() == null ? null : e.previousLeadUnit().code()));
    }
    if (event instanceof PriorityAssigned e) {
      return List.of(
          Fact.of("PRIORITY", at).number(level(e.priority()), level(e.previousPriority())));
    }
    if (event instanceof StatusChanged e) {
      return List.of(Fact.of("STATUS", at).text(e.to().name(), name(e.from())));
    }
    if (event instanceof MeasureReopened e) {
      return List.of(Fact.of("STATUS", at).text(e.to().name(), name(e.from())));
    }
    if (event instanceof PeriodPlanned e) {
      return List.of(
          Fact.of("PERIOD", at)
              .text(e.period().text(), e.period().kind().name())
              .date(e.period().start(), e.period().end()));
    }
    if (event instanceof ProgressReported e) {
      return List.of(
          Fact.of("PROGRESS", at)
              .text(e.health().name(), e.comment())
              .number(BigDecimal.valueOf(e.percentComplete()), null));
    }
    if (event instanceof MilestonePlanned e) {
      return List.of(
          Fact.of("MILESTONE", at)
              .item(e.milestoneId().value())
              .text(e.title(), null)
              .date(e.dueDate(), null),
          Fact.of("MILESTONE_DUE", at).item(e.milestoneId().value()).date(e.dueDate(), null));
    }
    if (event instanceof MilestoneRescheduled e) {
      return List.of(
          Fact.of("MILESTONE_DUE", at)
              .item(e.milestoneId().value())
              .date(e.dueDate(), e.previousDueDate()));
    }
    if (event instanceof MilestoneReached e) {
      return List.of(
          Fact.of("MILESTONE_REACHED", e.reachedOn().atStartOfDay(city).toInstant())
              .item(e.milestoneId().value())
              .text(e.comment(), null)
              .date(e.reachedOn(), null));
    }
    if (event instanceof MilestoneDropped e) {
      return List.of(Fact.of("MILESTONE_DROPPED", at).item(e.milestoneId().value()));
    }
    if (event instanceof KpiDefined e) {
      return List.of(
          Fact.of("KPI", at)
              .item(e.kpiId().value())
              .text(e.name(), e.direction().name())
              .note(e.unit())
              .number(e.target(), e.baseline())
              .date(e.targetDate(), null),
          Fact.of("KPI_TARGET", at)
              .item(e.kpiId().value())
              .number(e.target(), null)
              .date(e.targetDate(), null));
    }
    if (event instanceof KpiTargetChanged e) {
      return List.of(
          Fact.of("KPI_TARGET", at)
              .item(e.kpiId().value())
              .number(e.target(), e.previousTarget())
              .date(e.targetDate(), e.previousTargetDate()));
    }
    if (event instanceof KpiValueRecorded e) {
      return List.of(
          Fact.of("KPI_VALUE", e.observedOn().atStartOfDay(city).toInstant())
              .item(e.kpiId().value())
              .text(e.valueId().value(), null)
              .number(e.value(), null)
              .date(e.observedOn(), null));
    }
    if (event instanceof KpiValueCorrected e) {
      return List.of(
          Fact.of("KPI_CORRECTION", e.observedOn().atStartOfDay(city).toInstant())
              .item(e.kpiId().value())
              .text(e.valueId().value(), null)
              .number(e.value(), e.previousValue())
              .date(e.observedOn(), e.previousObservedOn()));
    }
    return List.of(Fact.of("OTHER", at));
  }

  private static BigDecimal level(Priority priority) {
    return priority == null ? null : BigDecimal.valueOf(priority.level());
  }

  private static String name(Status status) {
    return status == null ? null : status.name();
  }
}
