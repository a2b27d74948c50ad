package org.strategytracker.command.catalogue;

import java.util.List;

/**
 * What an import did, or would do in a dry run: the catalogue's size, how many measures were
 * registered, changed or left as they were, the events recorded, each change, and every discrepancy
 * the catalogue resolved.
 *
 * @param changes one line per recorded event: the measure and the command that caused it
 * @param notes aliases and discrepancies of the source document, co-leads recorded as
 *     collaborators, and catalogue changes that could not be applied
 */
public record ImportReport(
    String document,
    boolean dryRun,
    int measures,
    int milestones,
    int kpis,
    int registered,
    int changed,
    int unchanged,
    int events,
    List<String> changes,
    List<Note> notes) {

  /** A finding about one measure that the import resolved or reports without recording. */
  public record Note(String measureId, Kind kind, String text) {

    /** What sort of finding it is. */
    public enum Kind {
      /** The detail page names the measure differently; the priority table's name is kept. */
      ALIAS,
      /** The table and the detail page disagree; the catalogue says how it was resolved. */
      DISCREPANCY,
      /** A second lead unit, recorded as a collaborating unit: a measure has one lead unit. */
      CO_LEAD,
      /**
       * A catalogue change the tracker cannot take over (closed measure, reached milestone ...).
       */
      NOT_APPLIED
    }

    @Override
    public String toString() {
      return measureId + " [" + kind + "] " + text;
    }
  }

  /** One line for the log. */
  public String summary() {
    return (dryRun ? "Probelauf " : "Import ")
        + "„"
        + document
        + "“: "
        + measures
        + " Maßnahmen, "
        + milestones
        + " Meilensteine, "
        + kpis
        + " Kennzahlen; "
        + registered
        + " angelegt, "
        + changed
        + " geändert, "
        + unchanged
        + " unverändert; "
        + events
        + (dryRun ? " Ereignisse würden erfasst; " : " Ereignisse erfasst; ")
        + notes.size()
        + " Hinweise.";
  }
}
