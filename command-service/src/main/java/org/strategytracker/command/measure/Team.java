package org.strategytracker.command.measure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.strategytracker.command.measure.MeasureRules.REASON_MAX;
import static org.strategytracker.command.measure.MeasureRules.optionalText;
import static org.strategytracker.command.measure.MeasureRules.require;
import static org.strategytracker.command.measure.MeasureRules.requireReason;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.CollaboratorAdded;
import org.strategytracker.events.measure.CollaboratorRemoved;
import org.strategytracker.events.measure.LeadUnitAssigned;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Who leads a measure and who collaborates on it, an entity inside the {@link Measure} aggregate.
 * It is what the access policy decides on (see {@link #responsibility()}). The measure has already
 * checked that it is open when a command arrives here.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
class Team {

  private OrgUnit leadUnit;
  private List<Collaborator> collaborators = new ArrayList<>();

  Team(OrgUnit leadUnit, List<Collaborator> collaborators) {
    this.leadUnit = leadUnit;
    this.collaborators = new ArrayList<>(collaborators);
  }

  @CommandHandler
  long handle(AssignLeadUnit command) {
    OrgUnit unit = require("leadUnit", command.leadUnit());
    if (!unit.equals(leadUnit)) {
      apply(
          new LeadUnitAssigned(
              command.measureId(),
              unit,
              leadUnit,
              requireReason(command.reason(), "die Federführung wechselt")));
    }
    return getVersion();
  }

  @CommandHandler
  long handle(AddCollaborator command) {
    Collaborator collaborator = require("collaborator", command.collaborator());
    if (!collaborators.contains(collaborator)) {
      apply(new CollaboratorAdded(command.measureId(), collaborator));
    }
    return getVersion();
  }

  @CommandHandler
  long handle(RemoveCollaborator command) {
    Collaborator collaborator = require("collaborator", command.collaborator());
    if (!collaborators.contains(collaborator)) {
      throw RuleViolation.notFound(
          "collaborator",
          "unknown-collaborator",
          "„" + collaborator.name() + "“ arbeitet nicht an dieser Maßnahme mit.");
    }
    apply(
        new CollaboratorRemoved(
            command.measureId(),
            collaborator,
            optionalText("reason", command.reason(), REASON_MAX)));
    return getVersion();
  }

  Responsibility responsibility() {
    return new Responsibility(leadUnit, collaborators);
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

  /** Required by Jackson to read the measure's snapshots. */
  private Team() {}
}
