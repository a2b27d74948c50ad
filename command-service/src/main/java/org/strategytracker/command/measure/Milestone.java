package org.strategytracker.command.measure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.strategytracker.command.measure.MeasureRules.REASON_MAX;
import static org.strategytracker.command.measure.MeasureRules.notInFuture;
import static org.strategytracker.command.measure.MeasureRules.optionalText;
import static org.strategytracker.command.measure.MeasureRules.require;
import static org.strategytracker.command.measure.MeasureRules.requireReason;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.strategytracker.events.measure.MilestoneDropped;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.events.measure.MilestoneReached;
import org.strategytracker.events.measure.MilestoneRescheduled;
import org.strategytracker.platform.web.RuleViolation;

/**
 * A milestone of a measure, an entity inside the {@link Measure} aggregate: planned by the measure,
 * then rescheduled until it is reached or dropped. The measure has already checked that it is open
 * and that this milestone exists when a command arrives here.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
class Milestone {

  @EntityId private MilestoneId milestoneId;
  private LocalDate dueDate;
  private boolean reached;
  private boolean dropped;

  Milestone(MilestoneId milestoneId, LocalDate dueDate) {
    this.milestoneId = milestoneId;
    this.dueDate = dueDate;
  }

  @CommandHandler
  long handle(RescheduleMilestone command) {
    requirePending();
    LocalDate newDueDate = require("dueDate", command.dueDate());
    String reason = requireReason(command.reason(), "ein Meilenstein verschoben wird");
    if (!newDueDate.equals(dueDate)) {
      apply(
          new MilestoneRescheduled(command.measureId(), milestoneId, dueDate, newDueDate, reason));
    }
    return getVersion();
  }

  @CommandHandler
  long handle(ReachMilestone command, Clock clock) {
    requirePending();
    LocalDate reachedOn = command.reachedOn() == null ? LocalDate.now(clock) : command.reachedOn();
    notInFuture(
        "reachedOn",
        reachedOn,
        LocalDate.now(clock),
        "Das Datum, an dem der Meilenstein erreicht wurde,");
    apply(
        new MilestoneReached(
            command.measureId(),
            milestoneId,
            reachedOn,
            optionalText("comment", command.comment(), REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  long handle(DropMilestone command) {
    requirePending();
    apply(
        new MilestoneDropped(
            command.measureId(),
            milestoneId,
            requireReason(command.reason(), "ein Meilenstein aufgegeben wird")));
    return getVersion();
  }

  MilestoneId milestoneId() {
    return milestoneId;
  }

  /** Rule: only a milestone that is neither reached nor dropped can still change. */
  private void requirePending() {
    if (reached) {
      throw RuleViolation.state(
          "milestoneId",
          "milestone-reached",
          "Der Meilenstein " + milestoneId + " ist bereits erreicht.");
    }
    if (dropped) {
      throw RuleViolation.state(
          "milestoneId",
          "milestone-dropped",
          "Der Meilenstein " + milestoneId + " wurde aufgegeben.");
    }
  }

  /**
   * Equal state: Axon's test fixture compares the measure that handled a command with the one
   * rebuilt from its events, and lists compare their entities with {@code equals}.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Milestone that
        && milestoneId.equals(that.milestoneId)
        && Objects.equals(dueDate, that.dueDate)
        && reached == that.reached
        && dropped == that.dropped;
  }

  @Override
  public int hashCode() {
    return milestoneId.hashCode();
  }

  @EventSourcingHandler
  void on(MilestoneRescheduled event) {
    dueDate = event.dueDate();
  }

  @EventSourcingHandler
  void on(MilestoneReached event) {
    reached = true;
  }

  @EventSourcingHandler
  void on(MilestoneDropped event) {
    dropped = true;
  }

  /** Required by Jackson to read the measure's snapshots. */
  private Milestone() {}
}
