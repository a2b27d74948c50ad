package org.strategytracker.query.reports;

import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.query.timetravel.MeasureState;

/**
 * Which measures a status report covers: all, or those a unit leads (its sub-units included) and/or
 * those of one field of action, so that a department can hand the council its own report.
 *
 * @param leadUnit the leading unit, {@code null} for every unit
 * @param fieldOfAction the field of action (Arbeitsfeld), {@code null} for every field
 */
public record ReportScope(OrgUnit leadUnit, String fieldOfAction) {

  static final ReportScope ALL = new ReportScope(null, null);

  boolean covers(MeasureState measure) {
    return (leadUnit == null || OrgUnit.of(measure.leadUnit()).isWithin(leadUnit))
        && (fieldOfAction == null || fieldOfAction.equalsIgnoreCase(measure.fieldOfAction()));
  }

  /** The scope in the words of the report's stamp. */
  String describe() {
    if (leadUnit == null && fieldOfAction == null) {
      return "alle Maßnahmen";
    }
    StringBuilder text = new StringBuilder("Maßnahmen");
    if (leadUnit != null) {
      text.append(" unter Federführung von ")
          .append(leadUnit.code())
          .append(" (mit Untereinheiten)");
    }
    if (fieldOfAction != null) {
      text.append(leadUnit == null ? " im" : ", im")
          .append(" Arbeitsfeld „")
          .append(fieldOfAction)
          .append('“');
    }
    return text.toString();
  }

  /** A part of the file name in plain ASCII, empty for all measures. */
  String fileNamePart() {
    StringBuilder part = new StringBuilder();
    if (leadUnit != null) {
      part.append('_').append(leadUnit.code());
    }
    if (fieldOfAction != null) {
      part.append('_').append(fieldOfAction);
    }
    String ascii =
        part.toString()
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
            .replace("ß", "ss");
    return ascii.replaceAll("[^A-Za-z0-9_-]+", "-");
  }
}
