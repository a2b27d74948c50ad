package org.strategytracker.command.actor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.security.Role;

/**
 * The person or system behind a command: a pseudonymous id, the unit it acts for, and what it may
 * do (roles, and the units it may act for).
 *
 * @param id pseudonymous actor id, never a name or e-mail address
 * @param unit the unit the actor acts for, or {@code null} when it acts for none
 * @param roles what the actor may do
 * @param units the units whose measures the actor may change (sub-units included)
 */
public record Actor(String id, OrgUnit unit, Set<Role> roles, List<OrgUnit> units) {

  /** Metadata key of the actor's roles (commands only; events carry id and unit). */
  public static final String ROLES = "actorRoles";

  /** Metadata key of the actor's units (commands only). */
  public static final String UNITS = "actorUnits";

  /** The catalogue importer, acting for the strategy office. */
  public static final Actor IMPORTER =
      new Actor("system:import", null, Set.of(Role.STRATEGY_OFFICE), List.of());

  public Actor {
    roles = Set.copyOf(roles);
    units = List.copyOf(units);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The command metadata that says who acts. */
  public Map<String, Object> metadata() {
    Map<String, Object> metadata = new java.util.HashMap<>();
    metadata.put(AuditMetadata.ACTOR_ID, id);
    if (unit != null) {
      metadata.put(AuditMetadata.ACTOR_UNIT, unit.code());
    }
    metadata.put(ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
    metadata.put(UNITS, units.stream().map(OrgUnit::code).collect(Collectors.joining(",")));
    return metadata;
  }

  /** Reads the actor back from command metadata; an actor without metadata may do nothing. */
  public static Actor fromMetadata(Map<String, ?> metadata) {
    Object id = metadata.get(AuditMetadata.ACTOR_ID);
    Object unit = metadata.get(AuditMetadata.ACTOR_UNIT);
    Set<Role> roles =
        split(metadata.get(ROLES)).stream().map(Role::valueOf).collect(Collectors.toSet());
    List<OrgUnit> units = split(metadata.get(UNITS)).stream().map(OrgUnit::of).toList();
    return new Actor(
        id == null ? "unknown" : id.toString(),
        unit == null ? null : OrgUnit.of(unit.toString()),
        roles,
        units);
  }

  private static List<String> split(Object value) {
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.toString().split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
