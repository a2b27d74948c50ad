package org.strategytracker.command.measure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.strategytracker.command.measure.MeasureRules.NAME_MAX;
import static org.strategytracker.command.measure.MeasureRules.REASON_MAX;
import static org.strategytracker.command.measure.MeasureRules.TEXT_MAX;
import static org.strategytracker.command.measure.MeasureRules.TITLE_MAX;
import static org.strategytracker.command.measure.MeasureRules.optionalText;
import static org.strategytracker.command.measure.MeasureRules.require;
import static org.strategytracker.command.measure.MeasureRules.requireReason;
import static org.strategytracker.command.measure.MeasureRules.requireText;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.strategytracker.events.measure.*;
import org.strategytracker.platform.web.RuleViolation;

/**
 * A measure (Maßnahme) of the strategy: the consistency boundary for everything a department
 * reports about it. Its {@link Team}, {@link Milestone}s and {@link Kpi}s are entities that handle
 * their own commands; the measure checks first that it is open and that the addressed entity
 * exists. Handlers return the measure's version after the change (Axon's sequence number).
 *
 * <p>Snapshot revision 2: the entities as objects. Snapshots without a revision (milestones and
 * KPIs as maps of records) are passed over by Axon's revision filter and the measure is rebuilt
 * from its events.
 */
@Aggregate(
    cache = "measureCache",
    snapshotTriggerDefinition = "measureSnapshotTrigger",
    commandTargetResolver = "measureTargetResolver")
@Revision("2")
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public class Measure {

  @AggregateIdentifier private MeasureId id;
  private Priority priority;
  private Status status;
  private Period period;
  @AggregateMember private Team team;

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private List<Milestone> milestones = new ArrayList<>();

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private List<Kpi> kpis = new ArrayList<>();

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

  /**
   * Runs before every handler of the measure and its entities: a closed measure accepts only a
   * reopen, and a command for a milestone or KPI needs that milestone or KPI to exist.
   */
  @CommandHandlerInterceptor
  void checkTarget(CommandMessage<?> message) {
    Object command = message.getPayload();
    if (!(command instanceof ReopenMeasure)) {
      StatusRules.requireOpen(status);
    }
    if (command instanceof MilestoneCommand forMilestone) {
      knownMilestone(forMilestone.milestoneId());
    }
    if (command instanceof KpiCommand forKpi) {
      knownKpi(forKpi.kpiId());
    }
  }

  @CommandHandler
  public long handle(ReviseMeasureDetails command) {
    apply(
        new MeasureDetailsRevised(
            id,
            requireText("title", command.title(), TITLE_MAX),
            requireText("fieldOfAction", command.fieldOfAction(), NAME_MAX),
            optionalText("description", command.description(), TEXT_MAX),
            optionalText("measurability", command.measurability(), TEXT_MAX),
            optionalText("reason", command.reason(), REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  public long handle(AssignPriority command) {
    Priority newPriority = require("priority", command.priority());
    if (!newPriority.equals(priority)) {
      String reason = requireReason(command.reason(), "die Priorität geändert wird");
      apply(new PriorityAssigned(id, newPriority, priority, reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(PlanPeriod command) {
    Period newPeriod = require("period", command.period());
    if (!newPeriod.equals(period)) {
      apply(
          new PeriodPlanned(
              id, newPeriod, period, optionalText("reason", command.reason(), REASON_MAX)));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ChangeStatus command) {
    Status target = require("status", command.status());
    if (target != status) {
      StatusRules.requireTransition(status, target);
      String reason = requireReason(command.reason(), "der Status geändert wird");
      apply(new StatusChanged(id, status, target, reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReopenMeasure command) {
    Status target = StatusRules.reopenTarget(status, command.status());
    String reason = requireReason(command.reason(), "eine Maßnahme wieder geöffnet wird");
    apply(new MeasureReopened(id, status, target, reason));
    return getVersion();
  }

  @CommandHandler
  public long handle(PlanMilestone command) {
    MilestoneId milestoneId = require("milestoneId", command.milestoneId());
    if (hasMilestone(milestoneId)) {
      throw RuleViolation.state(
          "milestoneId",
          "milestone-exists",
          "Den Meilenstein " + milestoneId + " gibt es bereits.");
    }
    String title = requireText("title", command.title(), TITLE_MAX);
    apply(new MilestonePlanned(id, milestoneId, title, command.dueDate()));
    return getVersion();
  }

  @CommandHandler
  public long handle(DefineKpi command) {
    KpiId kpiId = require("kpiId", command.kpiId());
    if (hasKpi(kpiId)) {
      throw RuleViolation.state(
          "kpiId", "kpi-exists", "Die Kennzahl " + kpiId + " gibt es bereits.");
    }
    apply(Kpi.defined(id, kpiId, command));
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportProgress command) {
    MeasureRules.percent(command.percentComplete());
    apply(
        new ProgressReported(
            id,
            command.percentComplete(),
            require("health", command.health()),
            optionalText("comment", command.comment(), REASON_MAX)));
    return getVersion();
  }

  /** Who leads and who collaborates, for the access policy in front of the handlers. */
  public Responsibility responsibility() {
    return team.responsibility();
  }

  private void knownMilestone(MilestoneId milestoneId) {
    if (!hasMilestone(require("milestoneId", milestoneId))) {
      throw RuleViolation.notFound(
          "milestoneId", "unknown-milestone", "Den Meilenstein " + milestoneId + " gibt es nicht.");
    }
  }

  private void knownKpi(KpiId kpiId) {
    if (!hasKpi(require("kpiId", kpiId))) {
      throw RuleViolation.notFound(
          "kpiId", "unknown-kpi", "Die Kennzahl " + kpiId + " gibt es nicht.");
    }
  }

  private boolean hasMilestone(MilestoneId milestoneId) {
    return milestones.stream().anyMatch(milestone -> milestone.milestoneId().equals(milestoneId));
  }

  private boolean hasKpi(KpiId kpiId) {
    return kpis.stream().anyMatch(kpi -> kpi.kpiId().equals(kpiId));
  }

  @EventSourcingHandler
  void on(MeasureRegistered event) {
    id = event.measureId();
    priority = event.priority();
    period = event.period();
    team = new Team(event.leadUnit(), event.collaborators());
    status = Status.PLANNED;
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
    milestones.add(new Milestone(event.milestoneId(), event.dueDate()));
  }

  @EventSourcingHandler
  void on(KpiDefined event) {
    kpis.add(new Kpi(event.kpiId(), event.target(), event.targetDate()));
  }

  /** Required by Axon to rebuild the measure from its events and by Jackson to read snapshots. */
  protected Measure() {}
}
