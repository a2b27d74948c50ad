package org.strategytracker.platform.web;

/**
 * A request broke a named rule. Thrown by the domain and by adapters; answered as problem+json
 * naming the field and the rule.
 */
public class RuleViolation extends RuntimeException {

  private final String field;
  private final String rule;
  private final Kind kind;

  public RuleViolation(Kind kind, String field, String rule, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
    this.rule = rule;
  }

  /** The input itself is wrong (400). */
  public static RuleViolation input(String field, String rule, String message) {
    return new RuleViolation(Kind.INPUT, field, rule, message);
  }

  /** The input is well-formed but the measure's state does not allow it (422). */
  public static RuleViolation state(String field, String rule, String message) {
    return new RuleViolation(Kind.STATE, field, rule, message);
  }

  /** The thing asked for does not exist (404). */
  public static RuleViolation notFound(String field, String rule, String message) {
    return new RuleViolation(Kind.NOT_FOUND, field, rule, message);
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }

  public Kind kind() {
    return kind;
  }

  /** The actor may not do this to this measure (403). */
  public static RuleViolation forbidden(String field, String rule, String message) {
    return new RuleViolation(Kind.FORBIDDEN, field, rule, message);
  }

  /** Which sort of rule was broken, and so which status answers it. */
  public enum Kind {
    INPUT,
    STATE,
    NOT_FOUND,
    FORBIDDEN
  }
}
