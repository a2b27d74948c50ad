package org.strategytracker.command.access;

import java.util.Set;
import org.strategytracker.command.actor.Actor;
import org.strategytracker.command.measure.AssignPriority;
import org.strategytracker.command.measure.ChangeStatus;
import org.strategytracker.command.measure.CorrectKpiValue;
import org.strategytracker.command.measure.RecordKpiValue;
import org.strategytracker.command.measure.ReopenMeasure;
import org.strategytracker.command.measure.ReportProgress;
import org.strategytracker.command.measure.Responsibility;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.Status;
import org.strategytracker.platform.security.Role;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Who may change what, as the strategy document assigns it:
 *
 * <ul>
 *   <li>the strategy office decides priorities centrally, registers, cancels and reopens measures,
 *       and may act on any measure;
 *   <li>an editor changes the measures led by one of their units or a sub-unit of it ("FB 11"
 *       covers "FB 11/400"), except priority, cancelling and reopening;
 *   <li>an editor of a collaborating unit reports progress and records or corrects KPI values;
 *   <li>viewers and auditors change nothing.
 * </ul>
 */
public final class AccessPolicy {

  private static final Set<Class<?>> COLLABORATOR_COMMANDS =
      Set.of(ReportProgress.class, RecordKpiValue.class, CorrectKpiValue.class);
  private static final Set<Class<?>> OFFICE_COMMANDS =
      Set.of(AssignPriority.class, ReopenMeasure.class);

  private AccessPolicy() {}

  public static void checkRegistration(Actor actor) {
    if (!actor.has(Role.STRATEGY_OFFICE)) {
      throw denied("Nur das Strategiebüro legt Maßnahmen an.");
    }
  }

  public static void check(Actor actor, Object command, Responsibility measure) {
    if (actor.has(Role.STRATEGY_OFFICE)) {
      return;
    }
    if (!actor.has(Role.EDITOR)) {
      throw denied("Ihre Rolle erlaubt keine Änderungen an Maßnahmen.");
    }
    if (OFFICE_COMMANDS.contains(command.getClass())
        || command instanceof ChangeStatus change && change.status() == Status.CANCELLED) {
      throw denied("Priorität, Abbruch und Wiedereröffnung entscheidet das Strategiebüro.");
    }
    if (leads(actor, measure)) {
      return;
    }
    if (collaborates(actor, measure)) {
      if (COLLABORATOR_COMMANDS.contains(command.getClass())) {
        return;
      }
      throw denied(
          "Als mitwirkender Fachbereich dürfen Sie Fortschritt und Messwerte melden, aber nicht mehr ändern.");
    }
    throw denied(
        "Die Maßnahme wird von "
            + measure.leadUnit()
            + " geführt; Ihr Fachbereich darf sie nicht ändern.");
  }

  private static boolean leads(Actor actor, Responsibility measure) {
    return actor.units().stream().anyMatch(unit -> measure.leadUnit().isWithin(unit));
  }

  private static boolean collaborates(Actor actor, Responsibility measure) {
    return measure.collaborators().stream()
        .filter(collaborator -> collaborator.kind() == Collaborator.Kind.UNIT)
        .map(collaborator -> OrgUnit.of(collaborator.name()))
        .anyMatch(unit -> actor.units().stream().anyMatch(unit::isWithin));
  }

  private static RuleViolation denied(String message) {
    return RuleViolation.forbidden("measure", "not-permitted", message);
  }
}
