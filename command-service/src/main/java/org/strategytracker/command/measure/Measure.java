package org.strategytracker.command.measure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.strategytracker.command.measure.MeasureRules.NAME_MAX;
import static org.strategytracker.command.measure.MeasureRules.TEXT_MAX;
import static org.strategytracker.command.measure.MeasureRules.TITLE_MAX;
import static org.strategytracker.command.measure.MeasureRules.finite;
import static org.strategytracker.command.measure.MeasureRules.notInFuture;
import static org.strategytracker.command.measure.MeasureRules.optionalText;
import static org.strategytracker.command.measure.MeasureRules.require;
import static org.strategytracker.command.measure.MeasureRules.requireReason;
import static org.strategytracker.command.measure.MeasureRules.requireText;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.strategytracker.command.measure.KpiState.KpiValueState;
import org.strategytracker.events.measure.*;
import org.strategytracker.platform.web.RuleViolation;

/**
 * A measure (Maßnahme) of the strategy: the consistency boundary for everything a department
 * reports about it. Command handlers check a rule and apply an event; event sourcing handlers only
 * assign state. Handlers return the measure's version after the change (Axon's sequence number).
 */
@Aggregate(
    cache = "measureCache",
    snapshotTriggerDefinition = "measureSnapshotTrigger",
    commandTargetResolver = "measureTargetResolver")
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public class Measure {

  @AggregateIdentifier private MeasureId id;
  private Priority priority;
  private Status status;
  private OrgUnit leadUnit;
  private Period period;
  private List<Collaborator> collaborators = new ArrayList<>();
  private Map<String, MilestoneState> milestones = new HashMap<>();
  private Map<String, KpiState> kpis = new HashMap<>();

  @CommandHandler
  public Measure(RegisterMeasure command) {
    require("measureId", command.measureId());
    apply(
        new MeasureRegistered(
            command.measureId(),
            requireText("title", command.title(), TITLE_MAX),
            requireText("fieldOfAction", command.fieldOfAction(), NAME_MAX),
            require("leadUnit", command.leadUnit()),
            command.collaborators() == null
                ? List.of()
                : List.copyOf(command.collaborators().stream().distinct().toList()),
            require("priority", command.priority()),
            optionalText("description", command.description(), TEXT_MAX),
            optionalText("measurability", command.measurability(), TEXT_MAX),
            command.period() == null ? PeriodParser.parse("") : command.period()));
  }

  @CommandHandler
  public long handle(ReviseMeasureDetails command) {
    requireOpen();
    apply(
        new MeasureDetailsRevised(
            id,
            requireText("title", command.title(), TITLE_MAX),
            requireText("fieldOfAction", command.fieldOfAction(), NAME_MAX),
            optionalText("description", command.description(), TEXT_MAX),
            optionalText("measurability", command.measurability(), TEXT_MAX),
            optionalText("reason", command.reason(), MeasureRules.REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  public long handle(AssignLeadUnit command) {
    requireOpen();
    OrgUnit unit = require("leadUnit", command.leadUnit());
    if (!unit.equals(leadUnit)) {
      apply(
          new LeadUnitAssigned(
              id, unit, leadUnit, requireReason(command.reason(), "die Federführung wechselt")));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(AddCollaborator command) {
    requireOpen();
    Collaborator collaborator = require("collaborator", command.collaborator());
    if (!collaborators.contains(collaborator)) {
      apply(new CollaboratorAdded(id, collaborator));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RemoveCollaborator command) {
    requireOpen();
    Collaborator collaborator = require("collaborator", command.collaborator());
    if (!collaborators.contains(collaborator)) {
      throw RuleViolation.notFound(
          "collaborator",
          "unknown-collaborator",
          "„" + collaborator.name() + "“ arbeitet nicht an dieser Maßnahme mit.");
    }
    apply(
        new CollaboratorRemoved(
            id, collaborator, optionalText("reason", command.reason(), MeasureRules.REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  public long handle(AssignPriority command) {
    requireOpen();
    Priority newPriority = require("priority", command.priority());
    if (!newPriority.equals(priority)) {
      apply(
          new PriorityAssigned(
              id,
              newPriority,
              priority,
              requireReason(command.reason(), "die Priorität geändert wird")));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(PlanPeriod command) {
    requireOpen();
    Period newPeriod = require("period", command.period());
    if (!newPeriod.equals(period)) {
      apply(
          new PeriodPlanned(
              id,
              newPeriod,
              period,
              optionalText("reason", command.reason(), MeasureRules.REASON_MAX)));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ChangeStatus command) {
    requireOpen();
    Status target = require("status", command.status());
    if (target == status) {
      return getVersion();
    }
    if (!status.canChangeTo(target)) {
      throw RuleViolation.state(
          "status",
          "status-transition",
          "Der Status kann nicht von "
              + status
              + " zu "
              + target
              + " wechseln; erlaubt sind "
              + status.next()
              + ".");
    }
    apply(
        new StatusChanged(
            id, status, target, requireReason(command.reason(), "der Status geändert wird")));
    return getVersion();
  }

  @CommandHandler
  public long handle(ReopenMeasure command) {
    if (!status.isClosed()) {
      throw RuleViolation.state(
          "status",
          "reopen-open-measure",
          "Nur eine abgeschlossene oder abgebrochene Maßnahme kann wieder geöffnet werden.");
    }
    Status target = command.status() == null ? Status.IN_PROGRESS : command.status();
    if (target.isClosed()) {
      throw RuleViolation.input(
          "status",
          "reopen-target",
          "Eine Maßnahme wird nach PLANNED, IN_PROGRESS oder ON_HOLD wieder geöffnet.");
    }
    apply(
        new MeasureReopened(
            id,
            status,
            target,
            requireReason(command.reason(), "eine Maßnahme wieder geöffnet wird")));
    return getVersion();
  }

  @CommandHandler
  public long handle(PlanMilestone command) {
    requireOpen();
    MilestoneId milestoneId = require("milestoneId", command.milestoneId());
    if (milestones.containsKey(milestoneId.value())) {
      throw RuleViolation.state(
          "milestoneId",
          "milestone-exists",
          "Den Meilenstein " + milestoneId + " gibt es bereits.");
    }
    apply(
        new MilestonePlanned(
            id, milestoneId, requireText("title", command.title(), TITLE_MAX), command.dueDate()));
    return getVersion();
  }

  @CommandHandler
  public long handle(RescheduleMilestone command) {
    requireOpen();
    MilestoneState milestone = pendingMilestone(command.milestoneId());
    LocalDate dueDate = require("dueDate", command.dueDate());
    String reason = requireReason(command.reason(), "ein Meilenstein verschoben wird");
    if (!dueDate.equals(milestone.dueDate())) {
      apply(
          new MilestoneRescheduled(
              id, command.milestoneId(), milestone.dueDate(), dueDate, reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReachMilestone command, Clock clock) {
    requireOpen();
    pendingMilestone(command.milestoneId());
    LocalDate reachedOn = command.reachedOn() == null ? LocalDate.now(clock) : command.reachedOn();
    notInFuture(
        "reachedOn",
        reachedOn,
        LocalDate.now(clock),
        "Das Datum, an dem der Meilenstein erreicht wurde,");
    apply(
        new MilestoneReached(
            id,
            command.milestoneId(),
            reachedOn,
            optionalText("comment", command.comment(), MeasureRules.REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  public long handle(DropMilestone command) {
    requireOpen();
    pendingMilestone(command.milestoneId());
    apply(
        new MilestoneDropped(
            id,
            command.milestoneId(),
            requireReason(command.reason(), "ein Meilenstein aufgegeben wird")));
    return getVersion();
  }

  @CommandHandler
  public long handle(DefineKpi command) {
    requireOpen();
    KpiId kpiId = require("kpiId", command.kpiId());
    if (kpis.containsKey(kpiId.value())) {
      throw RuleViolation.state(
          "kpiId", "kpi-exists", "Die Kennzahl " + kpiId + " gibt es bereits.");
    }
    finite("baseline", command.baseline());
    finite("target", command.target());
    if (command.targetDate() != null && command.target() == null) {
      throw RuleViolation.input("target", "required", "Ein Zieldatum braucht einen Zielwert.");
    }
    apply(
        new KpiDefined(
            id,
            kpiId,
            requireText("name", command.name(), TITLE_MAX),
            requireText("unit", command.unit(), 40),
            require("direction", command.direction()),
            command.baseline(),
            command.target(),
            command.targetDate()));
    return getVersion();
  }

  @CommandHandler
  public long handle(ChangeKpiTarget command) {
    requireOpen();
    KpiState kpi = knownKpi(command.kpiId());
    finite("target", command.target());
    String reason = requireReason(command.reason(), "ein Zielwert geändert wird");
    if (!Objects.equals(kpi.target(), command.target())
        || !Objects.equals(kpi.targetDate(), command.targetDate())) {
      apply(
          new KpiTargetChanged(
              id,
              command.kpiId(),
              kpi.target(),
              kpi.targetDate(),
              command.target(),
              command.targetDate(),
              reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RecordKpiValue command, Clock clock) {
    requireOpen();
    KpiState kpi = knownKpi(command.kpiId());
    KpiValueId valueId = require("valueId", command.valueId());
    if (kpi.values().containsKey(valueId.value())) {
      throw RuleViolation.state(
          "valueId", "value-exists", "Den Messwert " + valueId + " gibt es bereits.");
    }
    finite("value", require("value", command.value()));
    notInFuture(
        "observedOn",
        require("observedOn", command.observedOn()),
        LocalDate.now(clock),
        "Das Beobachtungsdatum");
    apply(
        new KpiValueRecorded(
            id,
            command.kpiId(),
            valueId,
            command.value(),
            command.observedOn(),
            optionalText("comment", command.comment(), MeasureRules.REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  public long handle(CorrectKpiValue command, Clock clock) {
    requireOpen();
    KpiValueState recorded =
        knownKpi(command.kpiId()).values().get(require("valueId", command.valueId()).value());
    if (recorded == null) {
      throw RuleViolation.notFound(
          "valueId", "unknown-value", "Den Messwert " + command.valueId() + " gibt es nicht.");
    }
    finite("value", require("value", command.value()));
    LocalDate observedOn =
        command.observedOn() == null ? recorded.observedOn() : command.observedOn();
    notInFuture("observedOn", observedOn, LocalDate.now(clock), "Das Beobachtungsdatum");
    String reason = requireReason(command.reason(), "ein Messwert korrigiert wird");
    if (recorded.value().compareTo(command.value()) != 0
        || !observedOn.equals(recorded.observedOn())) {
      apply(
          new KpiValueCorrected(
              id,
              command.kpiId(),
              command.valueId(),
              recorded.value(),
              command.value(),
              recorded.observedOn(),
              observedOn,
              reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportProgress command) {
    requireOpen();
    MeasureRules.percent(command.percentComplete());
    apply(
        new ProgressReported(
            id,
            command.percentComplete(),
            require("health", command.health()),
            optionalText("comment", command.comment(), MeasureRules.REASON_MAX)));
    return getVersion();
  }

  /** Who leads and who collaborates, for the access policy in front of the handlers. */
  public Responsibility responsibility() {
    return new Responsibility(leadUnit, collaborators);
  }

  private void requireOpen() {
    if (status.isClosed()) {
      throw RuleViolation.state(
          "status",
          "measure-closed",
          "Die Maßnahme ist " + status + " und nimmt nur noch ein Wiedereröffnen an.");
    }
  }

  private MilestoneState pendingMilestone(MilestoneId milestoneId) {
    MilestoneState milestone = milestones.get(require("milestoneId", milestoneId).value());
    if (milestone == null) {
      throw RuleViolation.notFound(
          "milestoneId", "unknown-milestone", "Den Meilenstein " + milestoneId + " gibt es nicht.");
    }
    if (milestone.reached()) {
      throw RuleViolation.state(
          "milestoneId",
          "milestone-reached",
          "Der Meilenstein " + milestoneId + " ist bereits erreicht.");
    }
    if (milestone.dropped()) {
      throw RuleViolation.state(
          "milestoneId",
          "milestone-dropped",
          "Der Meilenstein " + milestoneId + " wurde aufgegeben.");
    }
    return milestone;
  }

  private KpiState knownKpi(KpiId kpiId) {
    KpiState kpi = kpis.get(require("kpiId", kpiId).value());
    if (kpi == null) {
      throw RuleViolation.notFound(
          "kpiId", "unknown-kpi", "Die Kennzahl " + kpiId + " gibt es nicht.");
    }
    return kpi;
  }

  @EventSourcingHandler
  void on(MeasureRegistered event) {
    id = event.measureId();
    priority = event.priority();
    leadUnit = event.leadUnit();
    period = event.period();
    collaborators = new ArrayList<>(event.collaborators());
    status = Status.PLANNED;
  }

  @EventSourcingHandler
  void on(LeadUnitAssigned event) {
    leadUnit = event.leadUnit();
  }

  @EventSourcingHandler
  void on(CollaboratorAdded event) {
    collaborators.add(event.collaborator());
  }

  @EventSourcingHandler
  void on(CollaboratorRemoved event) {
    collaborators.remove(event.collaborator());
  }

  @EventSourcingHandler
  void on(PriorityAssigned event) {
    priority = event.priority();
  }

  @EventSourcingHandler
  void on(PeriodPlanned event) {
    period = event.period();
  }

  @EventSourcingHandler
  void on(StatusChanged event) {
    status = event.to();
  }

  @EventSourcingHandler
  void on(MeasureReopened event) {
    status = event.to();
  }

  @EventSourcingHandler
  void on(MilestonePlanned event) {
    milestones.put(event.milestoneId().value(), new MilestoneState(event.dueDate(), false, false));
  }

  @EventSourcingHandler
  void on(MilestoneRescheduled event) {
    milestones.computeIfPresent(
        event.milestoneId().value(), (key, milestone) -> milestone.rescheduled(event.dueDate()));
  }

  @EventSourcingHandler
  void on(MilestoneReached event) {
    milestones.computeIfPresent(
        event.milestoneId().value(), (key, milestone) -> milestone.markReached());
  }

  @EventSourcingHandler
  void on(MilestoneDropped event) {
    milestones.computeIfPresent(
        event.milestoneId().value(), (key, milestone) -> milestone.markDropped());
  }

  @EventSourcingHandler
  void on(KpiDefined event) {
    kpis.put(event.kpiId().value(), new KpiState(event.target(), event.targetDate(), Map.of()));
  }

  @EventSourcingHandler
  void on(KpiTargetChanged event) {
    kpis.computeIfPresent(
        event.kpiId().value(), (key, kpi) -> kpi.withTarget(event.target(), event.targetDate()));
  }

  @EventSourcingHandler
  void on(KpiValueRecorded event) {
    kpis.computeIfPresent(
        event.kpiId().value(),
        (key, kpi) ->
            kpi.withValue(
                event.valueId().value(), new KpiValueState(event.value(), event.observedOn())));
  }

  @EventSourcingHandler
  void on(KpiValueCorrected event) {
    kpis.computeIfPresent(
        event.kpiId().value(),
        (key, kpi) ->
            kpi.withValue(
                event.valueId().value(), new KpiValueState(event.value(), event.observedOn())));
  }

  /** Required by Axon to rebuild the measure from its events and by Jackson to read snapshots. */
  protected Measure() {}
}
