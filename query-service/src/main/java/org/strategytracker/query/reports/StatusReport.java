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

    /** The row's cells as text, as the hash sees them. */
    public List<String> cells() {
      return values().stream().map(v -> v == null ? null : v.toString()).toList();
    }

    /**
     * The row's cells as CSV writes them: counts as numbers (so a spreadsheet can sum them), the
     * rest as text; {@code null} where a text is missing or there is no number.
     */
    public List<Object> values() {
      return java.util.Arrays.asList(
          fieldOfAction,
          measureId,
          title,
          leadUnit,
          status,
          priority,
          percentComplete,
          health == null ? "" : health,
          milestones,
          milestonesReached,
          milestonesOverdue,
          nextMilestone == null ? "" : nextMilestone,
          nextDueDate == null ? "" : nextDueDate.toString(),
          kpis,
          kpisOnTrack,
          kpisOffTrack);
    }
  }
}
