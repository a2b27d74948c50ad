package org.strategytracker.events.measure;

import java.util.Objects;

/**
 * Someone who works on a measure without leading it: a city unit, an external partner (regio iT,
 * RWTH, TÜV ...) or a loosely named group ("Alle Fachbereiche").
 */
public record Collaborator(String name, Kind kind) {

  public static final int MAX_NAME_LENGTH = 120;

  public Collaborator {
    Objects.requireNonNull(kind, "collaborator kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "Der Name der oder des Mitwirkenden darf nicht leer sein.");
    }
    name = kind == Kind.UNIT ? OrgUnit.of(name).code() : name.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "Der Name der oder des Mitwirkenden darf höchstens "
              + MAX_NAME_LENGTH
              + " Zeichen lang sein.");
    }
  }

  public static Collaborator unit(String code) {
    return new Collaborator(code, Kind.UNIT);
  }

  public static Collaborator partner(String name) {
    return new Collaborator(name, Kind.PARTNER);
  }

  /** What sort of collaborator this is. */
  public enum Kind {
    /** A unit of the city administration. */
    UNIT,
    /** An organisation outside the administration. */
    PARTNER,
    /** A loosely named group of units. */
    GROUP
  }
}
