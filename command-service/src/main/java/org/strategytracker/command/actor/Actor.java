package org.strategytracker.command.actor;

import org.strategytracker.events.measure.OrgUnit;

/**
 * The person or system behind a command: a pseudonymous id and the unit it acts for.
 *
 * @param id pseudonymous actor id, never a name or e-mail address
 * @param unit the unit the actor acts for, or {@code null} when it acts for none
 */
public record Actor(String id, OrgUnit unit) {

  /** The catalogue importer, acting for no unit. */
  public static final Actor IMPORTER = new Actor("system:import", null);
}
