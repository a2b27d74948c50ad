package org.strategytracker.query.timetravel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strategytracker.query.dashboard.Dashboard;
import org.strategytracker.query.dashboard.Dashboard.BandCount;
import org.strategytracker.query.dashboard.Dashboard.Count;
import org.strategytracker.query.dashboard.Dashboard.KpiFigures;
import org.strategytracker.query.dashboard.Dashboard.OffTrackKpi;
import org.strategytracker.query.dashboard.Dashboard.OverdueMilestone;
import org.strategytracker.query.dashboard.Dashboard.PriorityOne;
import org.strategytracker.query.dashboard.Dashboard.StaleMeasure;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;

/**
 * The dashboard's figures computed from the portfolio as it stood on a past date, with the same
 * rules as the live dashboard: "today" is the as-of date.
 */
final class PastDashboards {

  private PastDashboards() {}

  static Dashboard of(List<MeasureState> measures, LocalDate day, ZoneId zone, int staleDays) {
    Map<String, Long> grouped = new TreeMap<>();
    Map<String, Count> keys = new TreeMap<>();
    for (MeasureState m : measures) {
      String key =
          String.join(
              "\u0000",
              m.status(),
              m.fieldOfAction(),
              Integer.toString(m.priority()),
              m.leadUnit());
      grouped.merge(key, 1L, Long::sum);
      keys.put(key, new Count(m.status(), m.fieldOfAction(), m.priority(), m.leadUnit(), 0));
    }
    List<Count> counts =
        grouped.entrySet().stream()
            .map(
                e ->
                    new Count(
                        keys.get(e.getKey()).status(),
                        keys.get(e.getKey()).fieldOfAction(),
                        keys.get(e.getKey()).priority(),
                        keys.get(e.getKey()).leadUnit(),
                        e.getValue()))
            .toList();
    List<OverdueMilestone> overdue = new ArrayList<>();
    for (MeasureState m : measures) {
      for (MilestoneView ms : m.milestones()) {
        if (ms.overdue()) {
          overdue.add(
              new OverdueMilestone(
                  m.id(),
                  m.title(),
                  m.leadUnit(),
                  ms.id(),
                  ms.title(),
                  ms.dueDate(),
                  ChronoUnit.DAYS.between(ms.dueDate(), day)));
        }
      }
    }
    overdue.sort(
        Comparator.comparing(OverdueMilestone::dueDate)
            .thenComparing(OverdueMilestone::measureId)
            .thenComparing(OverdueMilestone::milestoneId));
    Instant threshold = day.atStartOfDay(zone).minusDays(staleDays).toInstant();
    List<StaleMeasure> stale =
        measures.stream()
            .filter(m -> !"COMPLETED".equals(m.status()) && !"CANCELLED".equals(m.status()))
            .filter(m -> m.lastUpdate().isBefore(threshold))
            .sorted(Comparator.comparing(MeasureState::lastUpdate).thenComparing(MeasureState::id))
            .map(
                m ->
                    new StaleMeasure(
                        m.id(),
                        m.title(),
                        m.leadUnit(),
                        m.status(),
                        m.lastUpdate(),
                        ChronoUnit.DAYS.between(m.lastUpdate().atZone(zone).toLocalDate(), day)))
            .toList();
    return new Dashboard(
        day,
        staleDays,
        measures.size(),
        counts,
        overdue,
        stale,
        kpis(measures),
        priorityOne(measures),
        BandCount.of(measures.stream().map(MeasureState::percentComplete).toList()));
  }

  private static KpiFigures kpis(List<MeasureState> measures) {
    long onTrack = 0;
    long unknown = 0;
    List<OffTrackKpi> offTrack = new ArrayList<>();
    for (MeasureState m : measures) {
      for (KpiView k : m.kpis()) {
        if (Boolean.TRUE.equals(k.onTrack())) {
          onTrack++;
        } else if (Boolean.FALSE.equals(k.onTrack())) {
          offTrack.add(
              new OffTrackKpi(
                  m.id(),
                  k.id(),
                  k.name(),
                  k.latestValue(),
                  k.latestObservedOn(),
                  k.target(),
                  k.targetDate()));
        } else {
          unknown++;
        }
      }
    }
    return new KpiFigures(onTrack, offTrack.size(), unknown, offTrack);
  }

  private static PriorityOne priorityOne(List<MeasureState> measures) {
    long total = measures.stream().filter(m -> m.priority() == 1).count();
    long inProgress =
        measures.stream()
            .filter(m -> m.priority() == 1 && "IN_PROGRESS".equals(m.status()))
            .count();
    return PriorityOne.of(total, inProgress);
  }
}
