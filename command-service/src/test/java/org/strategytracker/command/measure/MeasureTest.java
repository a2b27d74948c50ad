package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.*;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Given/when/then for every command of a measure, success and rejection. Each test is one case
 * named by the behaviour it shows; the fixture chain lives in {@link #assertAccepted} and {@link
 * #assertRejected}, the histories in {@link #registeredThen}.
 */
class MeasureTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  static final MeasureId ID = new MeasureId("ozg-umsetzung");
  static final Period PERIOD = PeriodParser.parse("2023");
  static final MilestoneId PHASE_1 = new MilestoneId("phase-1");
  static final KpiId SERVICES = new KpiId("online-dienste");
  static final KpiValueId VALUE_1 = new KpiValueId("wert-1");

  FixtureConfiguration<Measure> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Measure.class);
    fixture.registerInjectableResource(
        Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneId.of("Europe/Berlin")));
  }

  /** The command is accepted and records exactly {@code events}, none when nothing changes. */
  void assertAccepted(List<Object> history, Object command, Object... events) {
    fixture.given(history).when(command).expectSuccessfulHandlerExecution().expectEvents(events);
  }

  /** The command breaks the named rule and records nothing. */
  void assertRejected(List<Object> history, Object command, String rule) {
    fixture.given(history).when(command).expectNoEvents().expectException(brokenRule(rule));
  }

  /** What happened to the measure before the command: its registration, then {@code later}. */
  static List<Object> registeredThen(Object... later) {
    List<Object> history = new ArrayList<>(List.of(registered()));
    history.addAll(Arrays.asList(later));
    return history;
  }

  static MeasureRegistered registered() {
    return new MeasureRegistered(
        ID,
        "OZG-Umsetzung",
        "Bürger*innenservice & Portale",
        OrgUnit.of("FB 11/400"),
        List.of(Collaborator.unit("FB 12")),
        Priority.of(1),
        "Onlinezugangsgesetz",
        "Anzahl Online-Dienste",
        PERIOD);
  }

  static RegisterMeasure register(String title, OrgUnit leadUnit) {
    return new RegisterMeasure(
        ID,
        title,
        "Bürger*innenservice & Portale",
        leadUnit,
        List.of(Collaborator.unit("FB 12")),
        Priority.of(1),
        "Onlinezugangsgesetz",
        "Anzahl Online-Dienste",
        PERIOD);
  }

  static StatusChanged started() {
    return new StatusChanged(ID, Status.PLANNED, Status.IN_PROGRESS, "Projekt gestartet");
  }

  static StatusChanged completed() {
    return new StatusChanged(ID, Status.IN_PROGRESS, Status.COMPLETED, "fertig");
  }

  static MilestonePlanned phase1() {
    return new MilestonePlanned(ID, PHASE_1, "Phase 1", LocalDate.of(2024, 3, 31));
  }

  static DefineKpi defineKpi(BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
    return new DefineKpi(
        ID,
        SERVICES,
        "Online-Dienste",
        "Anzahl",
        KpiDirection.INCREASE,
        baseline,
        target,
        targetDate);
  }

  static KpiDefined kpi() {
    return new KpiDefined(
        ID,
        SERVICES,
        "Online-Dienste",
        "Anzahl",
        KpiDirection.INCREASE,
        BigDecimal.ZERO,
        BigDecimal.TEN,
        LocalDate.of(2024, 12, 31));
  }

  static KpiValueRecorded value() {
    return new KpiValueRecorded(
        ID, SERVICES, VALUE_1, BigDecimal.valueOf(4), LocalDate.of(2024, 5, 31), null);
  }

  static Matcher<RuleViolation> brokenRule(String rule) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(RuleViolation violation) {
        return violation.rule().equals(rule);
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a violation of rule ").appendValue(rule);
      }
    };
  }

  @Nested
  class Registration {
    @Test
    void registersAMeasure() {
      assertAccepted(List.of(), register("OZG-Umsetzung", OrgUnit.of("FB 11/400")), registered());
    }

    @Test
    void rejectsABlankTitle() {
      assertRejected(List.of(), register(" ", OrgUnit.of("FB 61")), "required");
    }

    @Test
    void rejectsATitleLongerThan200Characters() {
      assertRejected(List.of(), register("x".repeat(201), OrgUnit.of("FB 61")), "length");
    }

    @Test
    void rejectsAMissingLeadUnit() {
      assertRejected(List.of(), register("Titel", null), "required");
    }
  }

  @Nested
  class Details {
    static final Period LONGER = PeriodParser.parse("1.2023 – 12.2025");

    @Test
    void revisesDetails() {
      assertAccepted(
          registeredThen(),
          new ReviseMeasureDetails(
              ID, "OZG 2.0", "Digitale Services", "neu", "neu", "Neuausrichtung"),
          new MeasureDetailsRevised(
              ID, "OZG 2.0", "Digitale Services", "neu", "neu", "Neuausrichtung"));
    }

    @Test
    void assignsAnotherLeadUnitWithReason() {
      assertAccepted(
          registeredThen(),
          new AssignLeadUnit(ID, OrgUnit.of("FB11/500"), "Zuständigkeit gewechselt"),
          new LeadUnitAssigned(
              ID, OrgUnit.of("FB 11/500"), OrgUnit.of("FB 11/400"), "Zuständigkeit gewechselt"));
    }

    @Test
    void addsACollaborator() {
      assertAccepted(
          registeredThen(),
          new AddCollaborator(ID, Collaborator.partner("regio iT")),
          new CollaboratorAdded(ID, Collaborator.partner("regio iT")));
    }

    @Test
    void addsACollaboratorOnce() {
      assertAccepted(registeredThen(), new AddCollaborator(ID, Collaborator.unit("FB12")));
    }

    @Test
    void removesACollaborator() {
      assertAccepted(
          registeredThen(),
          new RemoveCollaborator(ID, Collaborator.unit("FB 12"), "nicht mehr beteiligt"),
          new CollaboratorRemoved(ID, Collaborator.unit("FB 12"), "nicht mehr beteiligt"));
    }

    @Test
    void plansAPeriod() {
      assertAccepted(
          registeredThen(),
          new PlanPeriod(ID, LONGER, "verlängert"),
          new PeriodPlanned(ID, LONGER, PERIOD, "verlängert"));
    }

    @Test
    void recordsNothingForTheSamePeriod() {
      assertAccepted(registeredThen(), new PlanPeriod(ID, PERIOD, null));
    }

    @Test
    void rejectsLeadUnitChangeWithoutReason() {
      assertRejected(
          registeredThen(), new AssignLeadUnit(ID, OrgUnit.of("FB 61"), ""), "reason-required");
    }

    @Test
    void rejectsRemovingAnUnknownCollaborator() {
      assertRejected(
          registeredThen(),
          new RemoveCollaborator(ID, Collaborator.unit("FB 99"), null),
          "unknown-collaborator");
    }
  }

  @Nested
  class Priorities {
    @Test
    void assignsAPriorityWithReason() {
      assertAccepted(
          registeredThen(),
          new AssignPriority(ID, Priority.of(2), "Ressourcen fehlen"),
          new PriorityAssigned(ID, Priority.of(2), Priority.of(1), "Ressourcen fehlen"));
    }

    @Test
    void recordsNothingForThePriorityItAlreadyHas() {
      assertAccepted(registeredThen(), new AssignPriority(ID, Priority.of(1), "nochmal"));
    }

    @Test
    void rejectsAPriorityChangeWithoutReason() {
      assertRejected(
          registeredThen(), new AssignPriority(ID, Priority.of(3), null), "reason-required");
    }
  }

  @Nested
  class Statuses {
    @Test
    void startsAMeasure() {
      assertAccepted(
          registeredThen(),
          new ChangeStatus(ID, Status.IN_PROGRESS, "Projekt gestartet"),
          started());
    }

    @Test
    void reopensACompletedMeasure() {
      assertAccepted(
          registeredThen(started(), completed()),
          new ReopenMeasure(ID, null, "Nacharbeiten nötig"),
          new MeasureReopened(ID, Status.COMPLETED, Status.IN_PROGRESS, "Nacharbeiten nötig"));
    }

    @Test
    void rejectsAStatusChangeWithoutReason() {
      assertRejected(
          registeredThen(), new ChangeStatus(ID, Status.IN_PROGRESS, " "), "reason-required");
    }

    @Test
    void rejectsCompletingAMeasureThatNeverStarted() {
      assertRejected(
          registeredThen(), new ChangeStatus(ID, Status.COMPLETED, "fertig"), "status-transition");
    }

    @Test
    void rejectsCompletedToInProgressWithoutReopen() {
      assertRejected(
          registeredThen(started(), completed()),
          new ChangeStatus(ID, Status.IN_PROGRESS, "doch nicht"),
          "measure-closed");
    }

    @Test
    void rejectsReopeningAnOpenMeasure() {
      assertRejected(
          registeredThen(),
          new ReopenMeasure(ID, Status.IN_PROGRESS, "warum"),
          "reopen-open-measure");
    }

    @Test
    void aClosedMeasureAcceptsNoProgressReport() {
      assertRejected(
          registeredThen(new StatusChanged(ID, Status.PLANNED, Status.CANCELLED, "gestrichen")),
          new ReportProgress(ID, 50, Health.GREEN, "läuft"),
          "measure-closed");
    }
  }

  @Nested
  class Milestones {
    @Test
    void plansAMilestone() {
      assertAccepted(
          registeredThen(),
          new PlanMilestone(ID, PHASE_1, "Phase 1", LocalDate.of(2024, 3, 31)),
          phase1());
    }

    @Test
    void reschedulesWithReason() {
      assertAccepted(
          registeredThen(phase1()),
          new RescheduleMilestone(ID, PHASE_1, LocalDate.of(2024, 9, 30), "Lieferverzug"),
          new MilestoneRescheduled(
              ID, PHASE_1, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30), "Lieferverzug"));
    }

    @Test
    void reachesAMilestone() {
      assertAccepted(
          registeredThen(phase1()),
          new ReachMilestone(ID, PHASE_1, LocalDate.of(2024, 6, 1), "abgenommen"),
          new MilestoneReached(ID, PHASE_1, LocalDate.of(2024, 6, 1), "abgenommen"));
    }

    @Test
    void reachesAMilestoneTodayWhenNoDateIsGiven() {
      assertAccepted(
          registeredThen(phase1()),
          new ReachMilestone(ID, PHASE_1, null, null),
          new MilestoneReached(ID, PHASE_1, TODAY, null));
    }

    @Test
    void dropsAMilestoneWithReason() {
      assertAccepted(
          registeredThen(phase1()),
          new DropMilestone(ID, PHASE_1, "entfällt"),
          new MilestoneDropped(ID, PHASE_1, "entfällt"));
    }

    @Test
    void rejectsPlanningTheSameMilestoneTwice() {
      assertRejected(
          registeredThen(phase1()),
          new PlanMilestone(ID, PHASE_1, "Phase 1", null),
          "milestone-exists");
    }

    @Test
    void rejectsReschedulingWithoutReason() {
      assertRejected(
          registeredThen(phase1()),
          new RescheduleMilestone(ID, PHASE_1, LocalDate.of(2024, 9, 30), null),
          "reason-required");
    }

    @Test
    void rejectsMilestoneReachedTwice() {
      assertRejected(
          registeredThen(phase1(), new MilestoneReached(ID, PHASE_1, TODAY, null)),
          new ReachMilestone(ID, PHASE_1, TODAY, null),
          "milestone-reached");
    }

    @Test
    void rejectsMilestoneReachedInTheFuture() {
      assertRejected(
          registeredThen(phase1()),
          new ReachMilestone(ID, PHASE_1, TODAY.plusDays(1), null),
          "not-in-future");
    }

    @Test
    void rejectsAnUnknownMilestone() {
      assertRejected(
          registeredThen(), new ReachMilestone(ID, PHASE_1, TODAY, null), "unknown-milestone");
    }

    @Test
    void rejectsDroppingWithoutReason() {
      assertRejected(
          registeredThen(phase1()), new DropMilestone(ID, PHASE_1, null), "reason-required");
    }

    @Test
    void rejectsReachingADroppedMilestone() {
      assertRejected(
          registeredThen(phase1(), new MilestoneDropped(ID, PHASE_1, "entfällt")),
          new ReachMilestone(ID, PHASE_1, TODAY, null),
          "milestone-dropped");
    }
  }

  @Nested
  class Kpis {
    @Test
    void definesAKpi() {
      assertAccepted(
          registeredThen(),
          defineKpi(BigDecimal.ZERO, BigDecimal.TEN, LocalDate.of(2024, 12, 31)),
          kpi());
    }

    @Test
    void changesATargetWithReason() {
      assertAccepted(
          registeredThen(kpi()),
          new ChangeKpiTarget(
              ID, SERVICES, BigDecimal.valueOf(20), LocalDate.of(2025, 12, 31), "ehrgeiziger"),
          new KpiTargetChanged(
              ID,
              SERVICES,
              BigDecimal.TEN,
              LocalDate.of(2024, 12, 31),
              BigDecimal.valueOf(20),
              LocalDate.of(2025, 12, 31),
              "ehrgeiziger"));
    }

    @Test
    void recordsAValue() {
      assertAccepted(
          registeredThen(kpi()),
          new RecordKpiValue(
              ID, SERVICES, VALUE_1, BigDecimal.valueOf(4), LocalDate.of(2024, 5, 31), null),
          value());
    }

    @Test
    void correctsAValueKeepingTheOriginal() {
      assertAccepted(
          registeredThen(kpi(), value()),
          new CorrectKpiValue(ID, SERVICES, VALUE_1, BigDecimal.valueOf(5), null, "Zählfehler"),
          new KpiValueCorrected(
              ID,
              SERVICES,
              VALUE_1,
              BigDecimal.valueOf(4),
              BigDecimal.valueOf(5),
              LocalDate.of(2024, 5, 31),
              LocalDate.of(2024, 5, 31),
              "Zählfehler"));
    }

    @Test
    void rejectsATargetDateWithoutTarget() {
      assertRejected(
          registeredThen(), defineKpi(null, null, LocalDate.of(2024, 12, 31)), "required");
    }

    @Test
    void rejectsAValueForAnUnknownKpi() {
      assertRejected(
          registeredThen(),
          new RecordKpiValue(ID, SERVICES, VALUE_1, BigDecimal.ONE, TODAY, null),
          "unknown-kpi");
    }

    @Test
    void rejectsAValueObservedInTheFuture() {
      assertRejected(
          registeredThen(kpi()),
          new RecordKpiValue(ID, SERVICES, VALUE_1, BigDecimal.ONE, TODAY.plusDays(1), null),
          "not-in-future");
    }

    @Test
    void rejectsACorrectionWithoutReason() {
      assertRejected(
          registeredThen(kpi(), value()),
          new CorrectKpiValue(ID, SERVICES, VALUE_1, BigDecimal.valueOf(5), null, null),
          "reason-required");
    }

    @Test
    void rejectsCorrectingAnUnknownValue() {
      assertRejected(
          registeredThen(kpi()),
          new CorrectKpiValue(ID, SERVICES, VALUE_1, BigDecimal.ONE, null, "x"),
          "unknown-value");
    }
  }

  @Nested
  class Progress {
    @Test
    void reportsProgress() {
      assertAccepted(
          registeredThen(started()),
          new ReportProgress(ID, 40, Health.AMBER, "Verzug bei Lieferant"),
          new ProgressReported(ID, 40, Health.AMBER, "Verzug bei Lieferant"));
    }

    @Test
    void rejectsMoreThanHundredPercent() {
      assertRejected(registeredThen(), new ReportProgress(ID, 101, Health.GREEN, null), "range");
    }

    @Test
    void rejectsAReportWithoutHealth() {
      assertRejected(registeredThen(), new ReportProgress(ID, 10, null, null), "required");
    }
  }
}
