package org.strategytracker.query.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.support.ReadModelDatabase;

/** Given a measure's events, the portfolio shows where it stands now. */
class PortfolioProjectionTest {

  static JdbcClient jdbc;
  static PortfolioProjection measures;
  static PortfolioPlanProjection plans;
  static PortfolioQueries queries;
  static final Instant AT = Instant.parse("2024-05-31T10:00:00Z");

  @BeforeAll
  static void database() {
    ReadModelDatabase database = ReadModelDatabase.create();
    jdbc = database.jdbc();
    PortfolioRows rows = new PortfolioRows(jdbc, database.writes());
    measures = new PortfolioProjection(rows, new Tables(1), VersionSignal.NONE);
    plans = new PortfolioPlanProjection(rows, new Tables(1), VersionSignal.NONE);
    queries = new PortfolioQueries(jdbc, new CityToday(java.time.ZoneId.of("Europe/Berlin")));
  }

  @Test
  void showsTheCurrentPriorityStatusLeadUnitCollaboratorsAndProgress() {
    MeasureId id = new MeasureId("p-current");
    measures.on(
        registered("p-current", "OZG-Umsetzung", "Digitale Verwaltung", "FB 11/400", 2), 0, AT);
    measures.on(priority("p-current", 2, 1, "gesetzlich"), 1, AT);
    measures.on(status("p-current", Status.PLANNED, Status.IN_PROGRESS, "los"), 2, AT);
    measures.on(
        new LeadUnitAssigned(id, OrgUnit.of("FB 11"), OrgUnit.of("FB 11/400"), "neu"), 3, AT);
    measures.on(new CollaboratorAdded(id, Collaborator.unit("FB 61")), 4, AT);
    measures.on(new CollaboratorRemoved(id, Collaborator.partner("regio iT"), "Ende"), 5, AT);
    measures.on(new ProgressReported(id, 40, Health.RED, "Verzug"), 6, AT.plusSeconds(60));

    MeasureDetail detail = queries.detail("p-current").orElseThrow();

    assertThat(detail.priority()).isEqualTo(1);
    assertThat(detail.status()).isEqualTo("IN_PROGRESS");
    assertThat(detail.leadUnit()).isEqualTo("FB 11");
    assertThat(detail.collaborators()).containsExactly(Collaborator.unit("FB 61"));
    assertThat(detail.progress().percentComplete()).isEqualTo(40);
    assertThat(detail.progress().health()).isEqualTo("RED");
    assertThat(detail.version()).isEqualTo(7);
    assertThat(detail.lastUpdate()).isEqualTo(AT.plusSeconds(60));
  }

  @Test
  void ignoresAnEventItHasAlreadySeenWhenItIsDeliveredAgain() {
    measures.on(registered("p-again", "Wiederholt", "Sonstiges", "FB 61", 3), 0, AT);
    measures.on(priority("p-again", 3, 2, "erst"), 1, AT);
    measures.on(priority("p-again", 2, 1, "dann"), 2, AT);
    measures.on(priority("p-again", 3, 2, "erst"), 1, AT);
    measures.on(registered("p-again", "Wiederholt", "Sonstiges", "FB 61", 3), 0, AT);

    MeasureDetail detail = queries.detail("p-again").orElseThrow();

    assertThat(detail.priority()).isEqualTo(1);
    assertThat(detail.version()).isEqualTo(3);
  }

  @Test
  void keepsAMilestonePlannedWithoutADueDateAndDatesItLaterWithoutCountingASlip() {
    MeasureId id = new MeasureId("p-undated");
    measures.on(registered("p-undated", "Ohne Termin", "Sonstiges", "FB 61", 2), 0, AT);
    plans.on(
        new MilestonePlanned(id, new MilestoneId("stufe-2"), "Implementierungsstufe 2", null),
        1,
        AT);

    MeasureDetail undated = queries.detail("p-undated").orElseThrow();
    assertThat(undated.version()).isEqualTo(2);
    assertThat(undated.milestones())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.dueDate()).isNull();
              assertThat(m.overdue()).isFalse();
            });

    plans.on(
        new MilestoneRescheduled(
            id, new MilestoneId("stufe-2"), null, LocalDate.of(2025, 6, 30), "terminiert"),
        2,
        AT);
    MeasureDetail dated = queries.detail("p-undated").orElseThrow();
    assertThat(dated.milestones().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(dated.milestones().get(0).timesSlipped()).isZero();
  }

  @Test
  void countsSlippedMilestonesAndMarksOnlyOpenPastOnesOverdue() {
    MeasureId id = new MeasureId("p-milestones");
    LocalDate today = LocalDate.now();
    measures.on(registered("p-milestones", "Meilensteine", "Sonstiges", "FB 61", 2), 0, AT);
    plans.on(milestone("p-milestones", "a", "Phase 1", today.minusDays(40)), 1, AT);
    plans.on(
        new MilestoneRescheduled(
            id, new MilestoneId("a"), today.minusDays(40), today.minusDays(20), "x"),
        2,
        AT);
    plans.on(
        new MilestoneRescheduled(
            id, new MilestoneId("a"), today.minusDays(20), today.minusDays(2), "y"),
        3,
        AT);
    plans.on(milestone("p-milestones", "b", "Phase 2", today.minusDays(5)), 4, AT);
    plans.on(new MilestoneReached(id, new MilestoneId("b"), today.minusDays(6), "ok"), 5, AT);
    plans.on(milestone("p-milestones", "c", "Phase 3", today.minusDays(5)), 6, AT);
    plans.on(new MilestoneDropped(id, new MilestoneId("c"), "weg"), 7, AT);

    List<MeasureDetail.MilestoneView> milestones =
        queries.detail("p-milestones").orElseThrow().milestones();

    assertThat(milestones)
        .extracting(
            MeasureDetail.MilestoneView::id,
            MeasureDetail.MilestoneView::overdue,
            MeasureDetail.MilestoneView::timesSlipped)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("a", true, 2),
            org.assertj.core.groups.Tuple.tuple("b", false, 0),
            org.assertj.core.groups.Tuple.tuple("c", false, 0));
  }

  @Test
  void showsTheLatestCorrectedKpiValueAndWhetherItIsOnTrack() {
    MeasureId id = new MeasureId("p-kpi");
    LocalDate today = LocalDate.now();
    measures.on(registered("p-kpi", "Kennzahlen", "Sonstiges", "FB 61", 2), 0, Instant.now());
    plans.on(
        kpi("p-kpi", "dienste", "Online-Dienste", "0", "100", today.plusDays(100)),
        1,
        Instant.now());
    plans.on(kpi("p-kpi", "ohne-ziel", "Ohne Ziel", null, null, null), 2, Instant.now());
    plans.on(value("p-kpi", "dienste", "v1", "1", today), 3, Instant.now());
    plans.on(
        new KpiValueCorrected(
            id,
            new KpiId("dienste"),
            new KpiValueId("v1"),
            BigDecimal.ONE,
            BigDecimal.TEN,
            today,
            today,
            "Tippfehler"),
        4,
        Instant.now());
    plans.on(value("p-kpi", "ohne-ziel", "w1", "5", today), 5, Instant.now());

    List<MeasureDetail.KpiView> kpis = queries.detail("p-kpi").orElseThrow().kpis();

    MeasureDetail.KpiView dienste =
        kpis.stream().filter(k -> k.id().equals("dienste")).findFirst().orElseThrow();
    assertThat(dienste.latestValue()).isEqualByComparingTo("10");
    assertThat(dienste.onTrack()).isTrue();
    assertThat(
            kpis.stream()
                .filter(k -> k.id().equals("ohne-ziel"))
                .findFirst()
                .orElseThrow()
                .onTrack())
        .isNull();
  }
}
