package org.strategytracker.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategytracker.query.portfolio.PortfolioFixture;
import org.strategytracker.query.portfolio.PortfolioQueries;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.support.ReadModelDatabase;

/**
 * Given the portfolio's events, the dashboard counts, lists what is overdue or stale, and judges
 * KPIs.
 */
class DashboardQueriesTest {

  static PortfolioFixture portfolio;
  static DashboardQueries dashboard;

  @BeforeAll
  static void database() {
    ReadModelDatabase database = ReadModelDatabase.create();
    CityToday today = new CityToday(ZoneId.of("Europe/Berlin"));
    portfolio = PortfolioFixture.on(database);
    dashboard =
        new DashboardQueries(database.jdbc(), new PortfolioQueries(database.jdbc(), today), today);
  }

  @Test
  void countsOverdueStaleOnAndOffTrackAndTheShareOfPriorityOneInProgress() {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    portfolio.registered("d-a", "Digitale Verwaltung", "FB 11", 1, now);
    portfolio.started("d-a", now);
    portfolio.registered("d-b", "Digitale Verwaltung", "FB 11", 1, now.minus(200, ChronoUnit.DAYS));
    portfolio.registered("d-c", "Bildung", "FB 45", 2, now);
    portfolio.milestone("d-c", "m1", today.minusDays(3), now);
    portfolio.kpi("d-c", "k-on", "100", today.plusDays(100), now.minus(10, ChronoUnit.DAYS));
    portfolio.value("d-c", "k-on", "v1", "60", today, now);
    portfolio.kpi("d-c", "k-off", "100", today.plusDays(10), now.minus(300, ChronoUnit.DAYS));
    portfolio.value("d-c", "k-off", "v2", "1", today, now);
    portfolio.kpi("d-c", "k-none", null, null, now);

    Dashboard figures = dashboard.figures(90);

    assertThat(figures.totalMeasures()).isEqualTo(3);
    assertThat(figures.counts())
        .contains(
            new Dashboard.Count("PLANNED", "Digitale Verwaltung", 1, "FB 11", 1),
            new Dashboard.Count("IN_PROGRESS", "Digitale Verwaltung", 1, "FB 11", 1));
    assertThat(figures.overdueMilestones())
        .extracting(Dashboard.OverdueMilestone::milestoneId)
        .containsExactly("m1");
    assertThat(figures.overdueMilestones().get(0).daysOverdue()).isEqualTo(3);
    assertThat(figures.staleMeasures())
        .extracting(Dashboard.StaleMeasure::measureId)
        .containsExactly("d-b");
    assertThat(figures.kpis().onTrack()).isEqualTo(1);
    assertThat(figures.kpis().offTrack()).isEqualTo(1);
    assertThat(figures.kpis().unknown()).isEqualTo(1);
    assertThat(figures.kpis().offTrackKpis())
        .extracting(Dashboard.OffTrackKpi::kpiId)
        .containsExactly("k-off");
    assertThat(figures.priorityOne().measures()).isEqualTo(2);
    assertThat(figures.priorityOne().shareInProgress()).isEqualByComparingTo("0.5");
    assertThat(dashboard.figures(365).staleMeasures()).isEmpty();
  }
}
