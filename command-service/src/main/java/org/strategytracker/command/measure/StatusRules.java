package org.strategytracker.command.measure;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.strategytracker.events.measure.Status;
import org.strategytracker.platform.german.German;
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
          "Die Maßnahme ist "
              + German.status(status).toLowerCase(Locale.GERMAN)
              + " und nimmt nur noch ein Wiedereröffnen an.");
    }
  }

  static void requireTransition(Status from, Status to) {
    if (!from.canChangeTo(to)) {
      throw RuleViolation.state(
          "status",
          "status-transition",
          "Der Status kann nicht von "
              + quoted(from)
              + " auf "
              + quoted(to)
              + " wechseln; möglich ist "
              + anyOf(from.next())
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
          "Eine Maßnahme wird mit dem Status "
              + anyOf(List.of(Status.PLANNED, Status.IN_PROGRESS, Status.ON_HOLD))
              + " wieder geöffnet.");
    }
    return target;
  }

  private static String quoted(Status status) {
    return German.quoted(German.status(status));
  }

  /** "„A“, „B“ oder „C“". */
  private static String anyOf(Collection<Status> statuses) {
    List<String> words = statuses.stream().map(StatusRules::quoted).toList();
    int last = words.size() - 1;
    return last == 0
        ? words.get(0)
        : String.join(", ", words.subList(0, last)) + " oder " + words.get(last);
  }
}
