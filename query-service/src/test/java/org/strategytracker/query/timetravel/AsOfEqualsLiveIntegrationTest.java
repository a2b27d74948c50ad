package org.strategytracker.query.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strategytracker.events.measure.*;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.CollaboratorAdded;
import org.strategytracker.events.measure.CollaboratorRemoved;
import org.strategytracker.events.measure.PeriodParser;
import org.strategytracker.events.measure.PeriodPlanned;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.portfolio.MeasureDetail;
import org.strategytracker.query.portfolio.PortfolioQueries;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryServiceTest;

/**
 * The state rebuilt from the timeline as known at a moment equals what the live portfolio showed at
 * that moment, recorded while the events came in.
 */
@QueryServiceTest
class AsOfEqualsLiveIntegrationTest {

  @Autowired EventStore eventStore;
  @Autowired PortfolioQueries live;
  @Autowired AsOfQueries asOf;
  @Autowired TokenPositions tokens;
  @Autowired CityToday today;

  record Seen(Instant at, MeasureDetail detail) {}

  @Test
  void rebuildsEveryRecordedMomentExactlyAsTheLivePortfolioShowedIt() {
    String id = "al-ozg";
    MeasureId m = new MeasureId(id);
    LocalDate day = today.date();
    EventLog log = new EventLog(eventStore);
    List<Object> events =
        List.of(
            registered(id, "OZG-Umsetzung", "Digitale Verwaltung", "FB 11/400", 2),
            new MeasureDetailsRevised(
                m, "OZG-Umsetzung 2.0", "Digitale Verwaltung", "neu", "Dienste", "Ratsbeschluss"),
            new LeadUnitAssigned(m, OrgUnit.of("FB 11"), OrgUnit.of("FB 11/400"), "Zuständigkeit"),
            priority(id, 2, 1, "gesetzlich"),
            new PeriodPlanned(
                m, PeriodParser.parse("2024 bis 2026"), PeriodParser.parse("2022 - 2025"), "Plan"),
            new CollaboratorAdded(m, Collaborator.unit("FB 13")),
            new CollaboratorAdded(m, Collaborator.partner("STAWAG")),
            new CollaboratorRemoved(m, Collaborator.unit("FB 13"), "nicht mehr beteiligt"),
            status(id, Status.PLANNED, Status.IN_PROGRESS, "Start"),
            milestone(id, "phase-1", "Phase 1", day.minusDays(30)),
            new MilestoneRescheduled(
                m,
                new MilestoneId("phase-1"),
                day.minusDays(30),
                day.minusDays(5),
                "Ausschreibung"),
            milestone(id, "phase-2", "Phase 2", day.plusDays(60)),
            new MilestoneReached(m, new MilestoneId("phase-2"), day, "früher fertig"),
            milestone(id, "phase-3", "Phase 3", day.minusDays(3)),
            new MilestoneDropped(m, new MilestoneId("phase-3"), "nicht mehr nötig"),
            kpi(id, "online-dienste", "Online-Dienste", "0", "100", day.plusYears(1)),
            value(id, "online-dienste", "v1", "4", day.minusDays(10)),
            new KpiValueCorrected(
                m,
                new KpiId("online-dienste"),
                new KpiValueId("v1"),
                new BigDecimal("4"),
                new BigDecimal("50"),
                day.minusDays(10),
                day.minusDays(9),
                "Tippfehler"),
            new KpiTargetChanged(
                m,
                new KpiId("online-dienste"),
                new BigDecimal("100"),
                day.plusYears(1),
                new BigDecimal("120"),
                day.plusYears(2),
                "Ratsbeschluss"),
            new ProgressReported(m, 40, Health.AMBER, "läuft"),
            status(id, Status.IN_PROGRESS, Status.COMPLETED, "fertig"),
            new MeasureReopened(m, Status.COMPLETED, Status.IN_PROGRESS, "Nacharbeit"));
    List<Seen> seen = new ArrayList<>();
    for (Object event : events) {
      long version = log.append(id, event);
      await().atMost(Duration.ofSeconds(10)).until(() -> live.version(id) >= version);
      seen.add(new Seen(Instant.now(), live.detail(id).orElseThrow()));
    }
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tokens.lowest(TimelineProjection.NAME).orElse(-1) >= head);

    for (Seen moment : seen) {
      MeasureDetail then = moment.detail();
      MeasureState rebuilt = asOf.measure(asOf.basis(day, moment.at(), null), id).orElseThrow();
      String at = "version " + then.version();
      assertThat(rebuilt.version()).as(at).isEqualTo(then.version());
      assertThat(rebuilt.title()).as(at).isEqualTo(then.title());
      assertThat(rebuilt.fieldOfAction()).as(at).isEqualTo(then.fieldOfAction());
      assertThat(rebuilt.description()).as(at).isEqualTo(then.description());
      assertThat(rebuilt.measurability()).as(at).isEqualTo(then.measurability());
      assertThat(rebuilt.leadUnit()).as(at).isEqualTo(then.leadUnit());
      assertThat(rebuilt.collaborators()).as(at).isEqualTo(then.collaborators());
      assertThat(rebuilt.priority()).as(at).isEqualTo(then.priority());
      assertThat(rebuilt.status()).as(at).isEqualTo(then.status());
      assertThat(rebuilt.period()).as(at).isEqualTo(then.period());
      assertThat(rebuilt.percentComplete()).as(at).isEqualTo(then.progress().percentComplete());
      assertThat(rebuilt.health()).as(at).isEqualTo(then.progress().health());
      assertThat(rebuilt.progressComment()).as(at).isEqualTo(then.progress().comment());
      assertThat(rebuilt.progressReportedAt()).as(at).isEqualTo(then.progress().reportedAt());
      assertThat(rebuilt.milestones()).as(at).isEqualTo(then.milestones());
      assertThat(rebuilt.kpis())
          .as(at)
          .usingRecursiveComparison()
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .isEqualTo(then.kpis());
      assertThat(rebuilt.registeredAt()).as(at).isEqualTo(then.registeredAt());
      assertThat(rebuilt.lastUpdate()).as(at).isEqualTo(then.lastUpdate());
    }
  }
}
