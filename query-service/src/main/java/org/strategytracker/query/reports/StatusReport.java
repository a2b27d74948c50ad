package org.strategytracker.query.reports;

import java.time.LocalDate;
import java.util.List;
import org.strategytracker.query.timetravel.Basis;

/**
 * The status report the strategy office hands to the council: every measure by field of action as
 * of a date, as known at a moment. {@code sha256} is the hash of the data rows (see {@link
 * StatusReports#hash}), so two copies can be compared without reading them.
 */
public record StatusReport(Basis basis, ReportScope scope, String sha256, List<Row> rows) {

  /** The columns, in German, in the order of every export. */
  public static final List<String> HEADERS =
      List.of(
          "Arbeitsfeld",
          "Maßnahme",
          "Titel",
          "Fachbereich",
          "Status",
          "Priorität",
          "Fortschritt (%)",
          "Ampel",
          "Meilensteine",
          "davon erreicht",
          "davon überfällig",
          "Nächster Meilenstein",
          "Fällig am",
          "Kennzahlen",
          "Kennzahlen im Plan",
          "Kennzahlen nicht im Plan");

  /** One measure; numbers are {@code null} where there is nothing to count or report. */
  public record Row(
      String fieldOfAction,
      String measureId,
      String title,
      String leadUnit,
      String status,
      int priority,
      Integer percentComplete,
      String health,
      int milestones,
      int milestonesReached,
      int milestonesOverdue,
      String nextMilestone,
      LocalDate nextDueDate,
      String kpis,
      int kpisOnTrack,
      int kpisOffTrack) {

    /** The row's cells as text, as CSV and the hash see them. */
    public List<String> cells() {
      return java.util.Arrays.asList(
          fieldOfAction,
          measureId,
          title,
          leadUnit,
          status,
          Integer.toString(priority),
          text(percentComplete),
          health == null ? "" : health,
          Integer.toString(milestones),
          Integer.toString(milestonesReached),
          Integer.toString(milestonesOverdue),
          nextMilestone == null ? "" : nextMilestone,
          nextDueDate == null ? "" : nextDueDate.toString(),
          kpis,
          Integer.toString(kpisOnTrack),
          Integer.toString(kpisOffTrack));
    }

    private static String text(Integer value) {
      return value == null ? "" : value.toString();
    }
  }
}
