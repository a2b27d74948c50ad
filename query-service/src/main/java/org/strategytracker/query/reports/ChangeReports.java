package org.strategytracker.query.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.Times;
import org.strategytracker.query.reports.ChangeReport.Change;
import org.strategytracker.query.reports.ChangeReport.KpiMovement;
import org.strategytracker.query.reports.ChangeReport.MeasureChanges;
import org.strategytracker.query.reports.ChangeReport.MilestoneChange;
import org.strategytracker.query.reports.ChangeReport.Summary;
import org.strategytracker.query.timetravel.AsOfQueries;
import org.strategytracker.query.timetravel.Basis;
import org.strategytracker.query.timetravel.MeasureState;

/**
 * Builds the change report from the timeline: the facts valid in the period (one indexed range
 * query), the portfolio as of the day before and as of the last day, and who recorded anything.
 */
@Component
class ChangeReports {

  private record Fact(
      String measureId,
      String kind,
      String item,
      java.time.Instant at,
      String text,
      String previousText,
      java.math.BigDecimal number,
      java.math.BigDecimal previousNumber,
      LocalDate date,
      LocalDate previousDate,
      String reason) {}

  private final JdbcClient jdbc;
  private final AsOfQueries asOf;
  private final ZoneId zone;

  ChangeReports(JdbcClient jdbc, AsOfQueries asOf, CityToday today) {
    this.jdbc = jdbc;
    this.asOf = asOf;
    this.zone = today.zone();
  }

  ChangeReport report(LocalDate from, LocalDate to, Basis end) {
    Basis start =
        new Basis(from.minusDays(1), end.knownAt(), end.position(), end.processedPosition());
    Map<String, MeasureState> before = new HashMap<>();
    asOf.measures(start).forEach(m -> before.put(m.id(), m));
    var startAt = Times.utc(from.atStartOfDay(zone).toInstant());
    var endAt = Times.utc(to.plusDays(1).atStartOfDay(zone).toInstant());
    Map<String, List<Fact>> facts = new HashMap<>();
    jdbc.sql(
            "SELECT * FROM timeline_fact WHERE valid_at >= ? AND valid_at < ? AND global_index <= ?"
                + " AND kind IN ('STATUS', 'PRIORITY', 'MILESTONE_REACHED', 'MILESTONE_DUE', 'MILESTONE_DROPPED')"
                + " ORDER BY valid_at, global_index")
        .params(startAt, endAt, end.position())
        .query(
            (rs, n) ->
                new Fact(
                    rs.getString("measure_id"),
                    rs.getString("kind"),
                    rs.getString("item_id"),
                    rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getString("text_value"),
                    rs.getString("text_value2"),
                    rs.getBigDecimal("number_value"),
                    rs.getBigDecimal("number_value2"),
                    rs.getObject("date_value", LocalDate.class),
                    rs.getObject("previous_date", LocalDate.class),
                    rs.getString("reason")))
        .list()
        .forEach(f -> facts.computeIfAbsent(f.measureId(), k -> new ArrayList<>()).add(f));
    Set<String> updated =
        new HashSet<>(
            jdbc.sql(
                    "SELECT DISTINCT f.measure_id FROM timeline_position p"
                        + " JOIN timeline_fact f ON f.global_index = p.global_index"
                        + " WHERE p.recorded_at >= ? AND p.recorded_at < ? AND p.global_index <= ?")
                .params(startAt, endAt, end.position())
                .query(String.class)
                .list());
    List<MeasureChanges> measures =
        asOf.measures(end).stream()
            .sorted(
                java.util.Comparator.comparing(MeasureState::fieldOfAction)
                    .thenComparing(MeasureState::title)
                    .thenComparing(MeasureState::id))
            .map(
                m ->
                    changes(
                        m,
                        Optional.ofNullable(before.get(m.id())),
                        facts.getOrDefault(m.id(), List.of()),
                        updated.contains(m.id())))
            .toList();
    return new ChangeReport(end, from, to, summary(measures), measures);
  }

  private static MeasureChanges changes(
      MeasureState m, Optional<MeasureState> before, List<Fact> facts, boolean updated) {
    List<Change> status = new ArrayList<>();
    List<Change> priority = new ArrayList<>();
    List<MilestoneChange> reached = new ArrayList<>();
    List<MilestoneChange> slipped = new ArrayList<>();
    List<MilestoneChange> dropped = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    m.milestones().forEach(ms -> titles.put(ms.id(), ms.title()));
    for (Fact f : facts) {
      String title = titles.getOrDefault(f.item(), f.item());
      switch (f.kind()) {
        case "STATUS" -> {
          if (f.previousText() != null) {
            status.add(new Change(f.at(), f.previousText(), f.text(), f.reason()));
          }
        }
        case "PRIORITY" -> {
          if (f.previousNumber() != null) {
            priority.add(
                new Change(
                    f.at(),
                    f.previousNumber().toPlainString(),
                    f.number().toPlainString(),
                    f.reason()));
          }
        }
        case "MILESTONE_REACHED" ->
            reached.add(
                new MilestoneChange(f.item(), title, f.date(), null, null, f.at(), f.text()));
        case "MILESTONE_DUE" -> {
          if (f.previousDate() != null) {
            slipped.add(
                new MilestoneChange(
                    f.item(), title, null, f.previousDate(), f.date(), f.at(), f.reason()));
          }
        }
        default ->
            dropped.add(new MilestoneChange(f.item(), title, null, null, null, f.at(), f.reason()));
      }
    }
    List<KpiMovement> kpis =
        m.kpis().stream()
            .map(
                k ->
                    movement(
                        k,
                        before.flatMap(
                            b -> b.kpis().stream().filter(s -> s.id().equals(k.id())).findFirst())))
            .toList();
    return new MeasureChanges(
        m.id(),
        m.title(),
        m.fieldOfAction(),
        m.leadUnit(),
        m.status(),
        m.priority(),
        status,
        priority,
        reached,
        slipped,
        dropped,
        kpis,
        updated);
  }

  private static KpiMovement movement(KpiView end, Optional<KpiView> start) {
    var startValue = start.map(KpiView::latestValue).orElse(null);
    var change =
        startValue == null || end.latestValue() == null
            ? null
            : end.latestValue().subtract(startValue);
    return new KpiMovement(
        end.id(),
        end.name(),
        startValue,
        end.latestValue(),
        change,
        end.target(),
        end.targetDate(),
        end.onTrack());
  }

  private static Summary summary(List<MeasureChanges> measures) {
    int status = 0,
        priority = 0,
        reached = 0,
        slipped = 0,
        dropped = 0,
        onTrack = 0,
        offTrack = 0,
        silent = 0;
    for (MeasureChanges m : measures) {
      status += m.statusChanges().isEmpty() ? 0 : 1;
      priority += m.priorityChanges().isEmpty() ? 0 : 1;
      reached += m.milestonesReached().size();
      slipped += m.milestonesSlipped().size();
      dropped += m.milestonesDropped().size();
      onTrack += (int) m.kpis().stream().filter(k -> Boolean.TRUE.equals(k.onTrack())).count();
      offTrack += (int) m.kpis().stream().filter(k -> Boolean.FALSE.equals(k.onTrack())).count();
      silent += m.updated() ? 0 : 1;
    }
    return new Summary(
        measures.size(), status, priority, reached, slipped, dropped, onTrack, offTrack, silent);
  }
}
