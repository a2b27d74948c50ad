package org.strategytracker.command.measure;

import org.strategytracker.events.measure.Status;
import org.strategytracker.platform.web.RuleViolation;

/**
 * The status rules of a measure, each rejection in plain words: departments move along {@link
 * Status#next()}, a closed measure accepts only a reopen, and only a closed one can be reopened.
 */
final class StatusRules {

  private StatusRules() {}

  static void requireOpen(Status status) {
    if (status.isClosed()) {
      throw RuleViolation.state(
          "status",
          "measure-closed",
          "Die Maßnahme ist " + status + " und nimmt nur noch ein Wiedereröffnen an.");
    }
  }

  static void requireTransition(Status from, Status to) {
    if (!from.canChangeTo(to)) {
      throw RuleViolation.state(
          "status",
          "status-transition",
          "Der Status kann nicht von "
              + from
              + " zu "
              + to
              + " wechseln; erlaubt sind "
              + from.next()
              + ".");
    }
  }

  /** The status a reopened measure gets: the requested one, or IN_PROGRESS. */
  static Status reopenTarget(Status from, Status requested) {
    if (!from.isClosed()) {
      throw RuleViolation.state(
          "status",
          "reopen-open-measure",
          "Nur eine abgeschlossene oder abgebrochene Maßnahme kann wieder geöffnet werden.");
    }
    Status target = requested == null ? Status.IN_PROGRESS : requested;
    if (target.isClosed()) {
      throw RuleViolation.input(
          "status",
          "reopen-target",
          "Eine Maßnahme wird nach PLANNED, IN_PROGRESS oder ON_HOLD wieder geöffnet.");
    }
    return target;
  }
}
