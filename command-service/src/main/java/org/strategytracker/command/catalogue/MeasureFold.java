package org.strategytracker.command.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.strategytracker.events.measure.*;

/** Folds a measure's events into the part of its state a catalogue describes. */
final class MeasureFold {

  private MeasureId id;
  private String title;
  private String fieldOfAction;
  private String description;
  private String measurability;
  private OrgUnit leadUnit;
  private final Set<Collaborator> collaborators = new LinkedHashSet<>();
  private Priority priority;
  private String periodText;
  private Status status;
  private final Map<String, MeasureContent.Milestone> milestones = new LinkedHashMap<>();
  private final Map<String, MeasureContent.Kpi> kpis = new LinkedHashMap<>();

  void apply(Object event) {
    if (event instanceof MeasureRegistered e) {
      id = e.measureId();
      details(e.title(), e.fieldOfAction(), e.description(), e.measurability());
      leadUnit = e.leadUnit();
      collaborators.addAll(e.collaborators());
      priority = e.priority();
      periodText = e.period().text();
      status = Status.PLANNED;
    } else if (event instanceof MeasureDetailsRevised e) {
      details(e.title(), e.fieldOfAction(), e.description(), e.measurability());
    } else if (event instanceof LeadUnitAssigned e) {
      leadUnit = e.leadUnit();
    } else if (event instanceof CollaboratorAdded e) {
      collaborators.add(e.collaborator());
    } else if (event instanceof CollaboratorRemoved e) {
      collaborators.remove(e.collaborator());
    } else if (event instanceof PriorityAssigned e) {
      priority = e.priority();
    } else if (event instanceof PeriodPlanned e) {
      periodText = e.period().text();
    } else if (event instanceof StatusChanged e) {
      status = e.to();
    } else if (event instanceof MeasureReopened e) {
      status = e.to();
    } else {
      applyToParts(event);
    }
  }

  private void applyToParts(Object event) {
    if (event instanceof MilestonePlanned e) {
      milestones.put(
          e.milestoneId().value(), new MeasureContent.Milestone(e.title(), e.dueDate(), true));
    } else if (event instanceof MilestoneRescheduled e) {
      milestones.computeIfPresent(
          e.milestoneId().value(),
          (key, m) -> new MeasureContent.Milestone(m.title(), e.dueDate(), m.pending()));
    } else if (event instanceof MilestoneReached e) {
      milestones.computeIfPresent(
          e.milestoneId().value(),
          (key, m) -> new MeasureContent.Milestone(m.title(), m.due(), false));
    } else if (event instanceof MilestoneDropped e) {
      milestones.computeIfPresent(
          e.milestoneId().value(),
          (key, m) -> new MeasureContent.Milestone(m.title(), m.due(), false));
    } else if (event instanceof KpiDefined e) {
      kpis.put(
          e.kpiId().value(),
          new MeasureContent.Kpi(
              e.name(), e.unit(), e.direction(), e.baseline(), e.target(), e.targetDate()));
    } else if (event instanceof KpiTargetChanged e) {
      kpis.computeIfPresent(
          e.kpiId().value(),
          (key, k) ->
              new MeasureContent.Kpi(
                  k.name(), k.unit(), k.direction(), k.baseline(), e.target(), e.targetDate()));
    }
  }

  private void details(
      String newTitle, String newField, String newDescription, String newMeasurability) {
    title = newTitle;
    fieldOfAction = newField;
    description = MeasureContent.text(newDescription);
    measurability = MeasureContent.text(newMeasurability);
  }

  boolean isRegistered() {
    return id != null;
  }

  boolean isClosed() {
    return status != null && status.isClosed();
  }

  MeasureContent content() {
    return new MeasureContent(
        id,
        title,
        fieldOfAction,
        description,
        measurability,
        leadUnit,
        Set.copyOf(collaborators),
        priority,
        periodText,
        Map.copyOf(milestones),
        Map.copyOf(kpis));
  }
}
