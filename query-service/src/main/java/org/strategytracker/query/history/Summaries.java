package org.strategytracker.query.history;

import static org.strategytracker.platform.german.German.because;
import static org.strategytracker.platform.german.German.quoted;

import java.util.List;
import java.util.function.Function;
import org.strategytracker.events.measure.*;
import org.strategytracker.platform.german.German;

/**
 * The German one-line summary and the from → to changes of every event of a measure. Names of
 * milestones and KPIs come from {@code label}, because the later events carry only their ids.
 */
final class Summaries {

  private Summaries() {}

  static Described describe(
      Object event, String source, String metaReason, Function<String, String> label) {
    if (event instanceof MeasureRegistered e) {
      return new Described(
          "Maßnahme "
              + quoted(e.title())
              + " angelegt"
              + (source == null ? "" : " (Quelle: " + German.source(source) + ")"),
          List.of(
              new Change("title", null, e.title()),
              new Change("status", null, Status.PLANNED.name()),
              new Change("priority", null, text(e.priority())),
              new Change("leadUnit", null, text(e.leadUnit()))),
          metaReason);
    }
    if (event instanceof MeasureDetailsRevised e) {
      return new Described(
          "Angaben überarbeitet (Titel " + quoted(e.title()) + ")" + because(e.reason()),
          List.of(
              new Change("title", null, e.title()),
              new Change("fieldOfAction", null, e.fieldOfAction())),
          e.reason());
    }
    if (event instanceof LeadUnitAssigned e) {
      return new Described(
          "Federführung von "
              + e.previousLeadUnit()
              + " an "
              + e.leadUnit()
              + " übergeben"
              + because(e.reason()),
          List.of(new Change("leadUnit", text(e.previousLeadUnit()), text(e.leadUnit()))),
          e.reason());
    }
    if (event instanceof CollaboratorAdded e) {
      return new Described(
          "Mitwirkende " + quoted(e.collaborator().name()) + " hinzugefügt",
          List.of(new Change("collaborators", null, e.collaborator().name())),
          metaReason);
    }
    if (event instanceof CollaboratorRemoved e) {
      return new Described(
          "Mitwirkende " + quoted(e.collaborator().name()) + " entfernt" + because(e.reason()),
          List.of(new Change("collaborators", e.collaborator().name(), null)),
          e.reason());
    }
    if (event instanceof PriorityAssigned e) {
      return new Described(
          "Priorität von "
              + e.previousPriority()
              + " auf "
              + e.priority()
              + " geändert"
              + because(e.reason()),
          List.of(new Change("priority", text(e.previousPriority()), text(e.priority()))),
          e.reason());
    }
    if (event instanceof PeriodPlanned e) {
      String before = e.previousPeriod() == null ? "" : e.previousPeriod().text();
      return new Described(
          "Zeitraum von "
              + quoted(before)
              + " auf "
              + quoted(e.period().text())
              + " geändert"
              + because(e.reason()),
          List.of(new Change("period", before, e.period().text())),
          e.reason());
    }
    if (event instanceof StatusChanged e) {
      return new Described(
          "Status von "
              + quoted(German.status(e.from()))
              + " auf "
              + quoted(German.status(e.to()))
              + " geändert"
              + because(e.reason()),
          List.of(new Change("status", text(e.from()), text(e.to()))),
          e.reason());
    }
    if (event instanceof MeasureReopened e) {
      return new Described(
          "Maßnahme wieder geöffnet, Status von "
              + quoted(German.status(e.from()))
              + " auf "
              + quoted(German.status(e.to()))
              + " geändert"
              + because(e.reason()),
          List.of(new Change("status", text(e.from()), text(e.to()))),
          e.reason());
    }
    if (event instanceof ProgressReported e) {
      return new Described(
          "Fortschritt "
              + e.percentComplete()
              + " %, Ampel "
              + German.health(e.health())
              + " gemeldet"
              + comment(e.comment(), metaReason),
          List.of(
              new Change("percentComplete", null, Integer.toString(e.percentComplete())),
              new Change("health", null, text(e.health()))),
          metaReason);
    }
    return Milestones.describe(event, metaReason, label);
  }

  /**
   * ": comment" after a summary, unless the comment is also the entry's reason, which is shown as
   * the reason (the UI sends a report's comment as both).
   */
  static String comment(String comment, String reason) {
    return comment != null && reason != null && comment.strip().equals(reason.strip())
        ? ""
        : because(comment);
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
