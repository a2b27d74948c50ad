package org.strategytracker.query.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.strategytracker.platform.german.German;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;
import org.strategytracker.query.timetravel.AsOfQueries;
import org.strategytracker.query.timetravel.Basis;
import org.strategytracker.query.timetravel.MeasureState;

/**
 * Builds the status report from the portfolio as of a date. Rows come in a fixed order (field of
 * action, title, id) and hold nothing that depends on when the report is made, so the same basis
 * always gives the same rows and the same hash.
 */
@Component
public class StatusReports {

  private final AsOfQueries asOf;

  StatusReports(AsOfQueries asOf) {
    this.asOf = asOf;
  }

  public StatusReport report(Basis basis, ReportScope scope) {
    List<StatusReport.Row> rows =
        asOf.measures(basis).stream()
            .filter(scope::covers)
            .sorted(
                Comparator.comparing(MeasureState::fieldOfAction)
                    .thenComparing(MeasureState::title)
                    .thenComparing(MeasureState::id))
            .map(StatusReports::row)
            .toList();
    return new StatusReport(basis, scope, hash(rows), rows);
  }

  private static StatusReport.Row row(MeasureState m) {
    List<MilestoneView> open =
        m.milestones().stream()
            .filter(ms -> ms.reachedOn() == null && !ms.dropped())
            .sorted(
                Comparator.comparing(
                        MilestoneView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(MilestoneView::id))
            .toList();
    MilestoneView next = open.isEmpty() ? null : open.get(0);
    int reached = (int) m.milestones().stream().filter(ms -> ms.reachedOn() != null).count();
    String kpis = m.kpis().stream().map(StatusReports::kpi).collect(Collectors.joining("; "));
    int onTrack = (int) m.kpis().stream().filter(k -> Boolean.TRUE.equals(k.onTrack())).count();
    int offTrack = (int) m.kpis().stream().filter(k -> Boolean.FALSE.equals(k.onTrack())).count();
    return new StatusReport.Row(
        m.fieldOfAction(),
        m.id(),
        m.title(),
        m.leadUnit(),
        German.status(m.status()),
        m.priority(),
        m.percentComplete(),
        German.health(m.health()),
        m.milestones().size(),
        reached,
        m.overdueMilestones(),
        next == null ? null : next.title(),
        next == null ? null : next.dueDate(),
        kpis,
        onTrack,
        offTrack);
  }

  private static String kpi(KpiView k) {
    String unit = k.unit() == null ? "" : " " + k.unit();
    String value =
        k.latestValue() == null
            ? "kein Wert"
            : German.number(k.latestValue()) + unit + " am " + German.date(k.latestObservedOn());
    String target =
        k.target() == null
            ? "ohne Ziel"
            : "Ziel "
                + German.number(k.target())
                + unit
                + (k.targetDate() == null ? "" : " bis " + German.date(k.targetDate()));
    String judgement =
        k.onTrack() == null ? "nicht bewertbar" : k.onTrack() ? "im Plan" : "nicht im Plan";
    return k.name() + ": " + value + " (" + target + ", " + judgement + ")";
  }

  /**
   * SHA-256 (hex) of the data rows: each row's cells joined by U+001F, rows ended by a line feed,
   * UTF-8. Independent of the export format.
   */
  public static String hash(List<StatusReport.Row> rows) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (StatusReport.Row row : rows) {
        String line =
            row.cells().stream().map(c -> c == null ? "" : c).collect(Collectors.joining("\u001f"))
                + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
