package org.strategytracker.platform.security;

/** What a signed-in person may do, independent of their units. */
public enum Role {
  /** Reads portfolio, reports and dashboards; sees no actor identities. */
  VIEWER,
  /**
   * Changes the measures of their units; reports progress and KPI values where their unit
   * collaborates.
   */
  EDITOR,
  /** Sets priorities, registers, cancels and reopens measures; acts on any measure. */
  STRATEGY_OFFICE,
  /** Reads the full audit trail with identities and the chain verification. */
  AUDITOR,
  /**
   * Reads the service's metrics ({@code /actuator/metrics}, {@code /actuator/prometheus}), as a
   * Prometheus scraper does; may change nothing.
   */
  MONITORING;

  public String authority() {
    return "ROLE_" + name();
  }
}
