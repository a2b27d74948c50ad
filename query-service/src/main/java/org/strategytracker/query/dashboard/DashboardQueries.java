package org.strategytracker.query.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.dashboard.Dashboard.BandCount;
import org.strategytracker.query.dashboard.Dashboard.Count;
import org.strategytracker.query.dashboard.Dashboard.KpiFigures;
import org.strategytracker.query.dashboard.Dashboard.OffTrackKpi;
import org.strategytracker.query.dashboard.Dashboard.OverdueMilestone;
import org.strategytracker.query.dashboard.Dashboard.PriorityOne;
import org.strategytracker.query.dashboard.Dashboard.StaleMeasure;
import org.strategytracker.query.portfolio.KpiStanding;
import org.strategytracker.query.portfolio.PortfolioQueries;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.Times;

/**
 * Computes the dashboard from the portfolio's views when asked. The portfolio is small (hundreds of
 * measures), so aggregating on read keeps the figures exactly as current as the portfolio, with no
 * second set of counters to keep consistent.
 */
@Component
public class DashboardQueries {

  private static final int MAX_STALE_DAYS = 3650;

  private final JdbcClient jdbc;
  private final PortfolioQueries portfolio;
  private final CityToday today;

  DashboardQueries(JdbcClient jdbc, PortfolioQueries portfolio, CityToday today) {
    this.jdbc = jdbc;
    this.portfolio = portfolio;
    this.today = today;
  }

  /**
   * The stale period a request asks for, live or past: 90 days unless given, else 1 to 3650 days.
   */
  public static int staleDays(Integer requested) {
    int days = requested == null ? 90 : requested;
    if (days < 1 || days > MAX_STALE_DAYS) {
      throw RuleViolation.input(
          "staleDays", "range", "staleDays muss zwischen 1 und " + MAX_STALE_DAYS + " liegen.");
    }
    return days;
  }

  public Dashboard figures(int staleDays) {
    LocalDate day = today.date();
    List<Count> counts =
        jdbc.sql(
                "SELECT status, field_of_action, priority, lead_unit, count(*) AS measures"
                    + " FROM portfolio_measure GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
            .query(
                (rs, n) ->
                    new Count(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getLong(5)))
            .list();
    List<OverdueMilestone> overdue =
        jdbc.sql(
                "SELECT m.measure_id, m.title AS measure_title, m.lead_unit,"
                    + " ms.milestone_id, ms.title, ms.due_date FROM portfolio_milestone ms JOIN portfolio_measure m"
                    + " ON m.measure_id = ms.measure_id WHERE ms.due_date < ? AND ms.reached_on IS NULL AND NOT ms.dropped"
                    + " ORDER BY ms.due_date, m.measure_id, ms.milestone_id")
            .param(day)
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject("due_date", LocalDate.class);
                  return new OverdueMilestone(
                      rs.getString("measure_id"),
                      rs.getString("measure_title"),
                      rs.getString("lead_unit"),
                      rs.getString("milestone_id"),
                      rs.getString("title"),
                      due,
                      ChronoUnit.DAYS.between(due, day));
                })
            .list();
    OffsetDateTime threshold =
        Times.utc(day.atStartOfDay(today.zone()).minusDays(staleDays).toInstant());
    List<StaleMeasure> stale =
        jdbc.sql(
                "SELECT measure_id, title, lead_unit, status, last_update FROM portfolio_measure"
                    + " WHERE status NOT IN ('COMPLETED', 'CANCELLED') AND last_update < ? ORDER BY last_update, measure_id")
            .param(threshold)
            .query(
                (rs, n) -> {
                  OffsetDateTime last = rs.getObject("last_update", OffsetDateTime.class);
                  return new StaleMeasure(
                      rs.getString("measure_id"),
                      rs.getString("title"),
                      rs.getString("lead_unit"),
                      rs.getString("status"),
                      last.toInstant(),
                      ChronoUnit.DAYS.between(
                          last.atZoneSameInstant(today.zone()).toLocalDate(), day));
                })
            .list();
    long total = counts.stream().mapToLong(Count::measures).sum();
    return new Dashboard(
        day,
        staleDays,
        total,
        counts,
        overdue,
        stale,
        kpis(),
        priorityOne(counts),
        BandCount.of(
            jdbc.sql("SELECT percent_complete FROM portfolio_measure")
                .query((rs, n) -> rs.getObject(1, Integer.class))
                .list()));
  }

  private KpiFigures kpis() {
    List<KpiStanding> standings = portfolio.kpiStandings();
    List<OffTrackKpi> offTrack =
        standings.stream()
            .filter(s -> Boolean.FALSE.equals(s.kpi().onTrack()))
            .map(
                s ->
                    new OffTrackKpi(
                        s.measureId(),
                        s.kpi().id(),
                        s.kpi().name(),
                        s.kpi().latestValue(),
                        s.kpi().latestObservedOn(),
                        s.kpi().target(),
                        s.kpi().targetDate()))
            .toList();
    long onTrack = standings.stream().filter(s -> Boolean.TRUE.equals(s.kpi().onTrack())).count();
    return new KpiFigures(
        onTrack, offTrack.size(), standings.size() - onTrack - offTrack.size(), offTrack);
  }

  private static PriorityOne priorityOne(List<Count> counts) {
    long measures = counts.stream().filter(c -> c.priority() == 1).mapToLong(Count::measures).sum();
    long inProgress =
        counts.stream()
            .filter(c -> c.priority() == 1 && "IN_PROGRESS".equals(c.status()))
            .mapToLong(Count::measures)
            .sum();
    return PriorityOne.of(measures, inProgress);
  }
}
