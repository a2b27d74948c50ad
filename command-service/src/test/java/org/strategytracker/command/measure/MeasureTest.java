package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

  static RegisterMeasure register() {
    return new RegisterMeasure(
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

  static StatusChanged started() {
    return new StatusChanged(ID, Status.PLANNED, Status.IN_PROGRESS, "Projekt gestartet");
  }

  static StatusChanged completed() {
    return new StatusChanged(ID, Status.IN_PROGRESS, Status.COMPLETED, "fertig");
  }

  static MilestonePlanned phase1() {
    return new MilestonePlanned(ID, PHASE_1, "Phase 1", LocalDate.of(2024, 3, 31));
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
      fixture
          .givenNoPriorActivity()
          .when(register())
          .expectSuccessfulHandlerExecution()
          .expectEvents(registered());
    }

    @Test
    void rejectsABlankTitle() {
      var command =
          new RegisterMeasure(
              ID, " ", "Feld", OrgUnit.of("FB 61"), List.of(), Priority.of(2), null, null, PERIOD);
      fixture
          .givenNoPriorActivity()
          .when(command)
          .expectNoEvents()
          .expectException(brokenRule("required"));
    }

    @Test
    void rejectsATitleLongerThan200Characters() {
      var command =
          new RegisterMeasure(
              ID,
              "x".repeat(201),
              "Feld",
              OrgUnit.of("FB 61"),
              List.of(),
              Priority.of(2),
              null,
              null,
              PERIOD);
      fixture
          .givenNoPriorActivity()
          .when(command)
          .expectNoEvents()
          .expectException(brokenRule("length"));
    }

    @Test
    void rejectsAMissingLeadUnit() {
      var command =
          new RegisterMeasure(
              ID, "Titel", "Feld", null, List.of(), Priority.of(2), null, null, PERIOD);
      fixture
          .givenNoPriorActivity()
          .when(command)
          .expectNoEvents()
          .expectException(brokenRule("required"));
    }
  }

  @Nested
  class Details {
    @Test
    void revisesDetails() {
      fixture
          .given(registered())
          .when(
              new ReviseMeasureDetails(
                  ID, "OZG 2.0", "Digitale Services", "neu", "neu", "Neuausrichtung"))
          .expectEvents(
              new MeasureDetailsRevised(
                  ID, "OZG 2.0", "Digitale Services", "neu", "neu", "Neuausrichtung"));
    }

    @Test
    void assignsAnotherLeadUnitWithReason() {
      fixture
          .given(registered())
          .when(new AssignLeadUnit(ID, OrgUnit.of("FB11/500"), "Zuständigkeit gewechselt"))
          .expectEvents(
              new LeadUnitAssigned(
                  ID,
                  OrgUnit.of("FB 11/500"),
                  OrgUnit.of("FB 11/400"),
                  "Zuständigkeit gewechselt"));
    }

    @Test
    void rejectsLeadUnitChangeWithoutReason() {
      fixture
          .given(registered())
          .when(new AssignLeadUnit(ID, OrgUnit.of("FB 61"), ""))
          .expectNoEvents()
          .expectException(brokenRule("reason-required"));
    }

    @Test
    void addsACollaboratorOnce() {
      fixture
          .given(registered())
          .when(new AddCollaborator(ID, Collaborator.partner("regio iT")))
          .expectEvents(new CollaboratorAdded(ID, Collaborator.partner("regio iT")));
      fixture
          .given(registered())
          .when(new AddCollaborator(ID, Collaborator.unit("FB12")))
          .expectNoEvents();
    }

    @Test
    void removesACollaborator() {
      fixture
          .given(registered())
          .when(new RemoveCollaborator(ID, Collaborator.unit("FB 12"), "nicht mehr beteiligt"))
          .expectEvents(
              new CollaboratorRemoved(ID, Collaborator.unit("FB 12"), "nicht mehr beteiligt"));
    }

    @Test
    void rejectsRemovingAnUnknownCollaborator() {
      fixture
          .given(registered())
          .when(new RemoveCollaborator(ID, Collaborator.unit("FB 99"), null))
          .expectNoEvents()
          .expectException(brokenRule("unknown-collaborator"));
    }

    @Test
    void plansAPeriod() {
      Period period = PeriodParser.parse("1.2023 – 12.2025");
      fixture
          .given(registered())
          .when(new PlanPeriod(ID, period, "verlängert"))
          .expectEvents(new PeriodPlanned(ID, period, PERIOD, "verlängert"));
    }

    @Test
    void recordsNothingForTheSamePeriod() {
      fixture
          .given(registered())
          .when(new PlanPeriod(ID, PERIOD, null))
          .expectNoEvents()
          .expectSuccessfulHandlerExecution();
    }
  }

  @Nested
  class Priorities {
    @Test
    void assignsAPriorityWithReason() {
      fixture
          .given(registered())
          .when(new AssignPriority(ID, Priority.of(2), "Ressourcen fehlen"))
          .expectEvents(
              new PriorityAssigned(ID, Priority.of(2), Priority.of(1), "Ressourcen fehlen"));
    }

    @Test
    void recordsNothingForThePriorityItAlreadyHas() {
      fixture
          .given(registered())
          .when(new AssignPriority(ID, Priority.of(1), "nochmal"))
          .expectNoEvents()
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsAPriorityChangeWithoutReason() {
      fixture
          .given(registered())
          .when(new AssignPriority(ID, Priority.of(3), null))
          .expectNoEvents()
          .expectException(brokenRule("reason-required"));
    }
  }

  @Nested
  class Statuses {
    @Test
    void startsAMeasure() {
      fixture
          .given(registered())
          .when(new ChangeStatus(ID, Status.IN_PROGRESS, "Projekt gestartet"))
          .expectEvents(started());
    }

    @Test
    void rejectsAStatusChangeWithoutReason() {
      fixture
          .given(registered())
          .when(new ChangeStatus(ID, Status.IN_PROGRESS, " "))
          .expectNoEvents()
          .expectException(brokenRule("reason-required"));
    }

    @Test
    void rejectsCompletingAMeasureThatNeverStarted() {
      fixture
          .given(registered())
          .when(new ChangeStatus(ID, Status.COMPLETED, "fertig"))
          .expectNoEvents()
          .expectException(brokenRule("status-transition"));
    }

    @Test
    void rejectsCompletedToInProgressWithoutReopen() {
      fixture
          .given(registered(), started(), completed())
          .when(new ChangeStatus(ID, Status.IN_PROGRESS, "doch nicht"))
          .expectNoEvents()
          .expectException(brokenRule("measure-closed"));
    }

    @Test
    void reopensACompletedMeasure() {
      fixture
          .given(registered(), started(), completed())
          .when(new ReopenMeasure(ID, null, "Nacharbeiten nötig"))
          .expectEvents(
              new MeasureReopened(ID, Status.COMPLETED, Status.IN_PROGRESS, "Nacharbeiten nötig"));
    }

    @Test
    void rejectsReopeningAnOpenMeasure() {
      fixture
          .given(registered())
          .when(new ReopenMeasure(ID, Status.IN_PROGRESS, "warum"))
          .expectNoEvents()
          .expectException(brokenRule("reopen-open-measure"));
    }

    @Test
    void aClosedMeasureAcceptsNoProgressReport() {
      fixture
          .given(
              registered(), new StatusChanged(ID, Status.PLANNED, Status.CANCELLED, "gestrichen"))
          .when(new ReportProgress(ID, 50, Health.GREEN, "läuft"))
          .expectNoEvents()
          .expectException(brokenRule("measure-closed"));
    }
  }

  @Nested
  class Milestones {
    @Test
    void plansAMilestone() {
      fixture
          .given(registered())
          .when(new PlanMilestone(ID, PHASE_1, "Phase 1", LocalDate.of(2024, 3, 31)))
          .expectEvents(phase1());
    }

    @Test
    void rejectsPlanningTheSameMilestoneTwice() {
      fixture
          .given(registered(), phase1())
          .when(new PlanMilestone(ID, PHASE_1, "Phase 1", null))
          .expectNoEvents()
          .expectException(brokenRule("milestone-exists"));
    }

    @Test
    void reschedulesWithReason() {
      fixture
          .given(registered(), phase1())
          .when(new RescheduleMilestone(ID, PHASE_1, LocalDate.of(2024, 9, 30), "Lieferverzug"))
          .expectEvents(
              new MilestoneRescheduled(
                  ID,
                  PHASE_1,
                  LocalDate.of(2024, 3, 31),
                  LocalDate.of(2024, 9, 30),
                  "Lieferverzug"));
    }

    @Test
    void rejectsReschedulingWithoutReason() {
      fixture
          .given(registered(), phase1())
          .when(new RescheduleMilestone(ID, PHASE_1, LocalDate.of(2024, 9, 30), null))
          .expectNoEvents()
          .expectException(brokenRule("reason-required"));
    }

    @Test
    void reachesAMilestone() {
      fixture
          .given(registered(), phase1())
          .when(new ReachMilestone(ID, PHASE_1, LocalDate.of(2024, 6, 1), "abgenommen"))
          .expectEvents(new MilestoneReached(ID, PHASE_1, LocalDate.of(2024, 6, 1), "abgenommen"));
    }

    @Test
    void reachesAMilestoneTodayWhenNoDateIsGiven() {
      fixture
          .given(registered(), phase1())
          .when(new ReachMilestone(ID, PHASE_1, null, null))
          .expectEvents(new MilestoneReached(ID, PHASE_1, TODAY, null));
    }

    @Test
    void rejectsMilestoneReachedTwice() {
      fixture
          .given(registered(), phase1(), new MilestoneReached(ID, PHASE_1, TODAY, null))
          .when(new ReachMilestone(ID, PHASE_1, TODAY, null))
          .expectNoEvents()
          .expectException(brokenRule("milestone-reached"));
    }

    @Test
    void rejectsMilestoneReachedInTheFuture() {
      fixture
          .given(registered(), phase1())
          .when(new ReachMilestone(ID, PHASE_1, TODAY.plusDays(1), null))
          .expectNoEvents()
          .expectException(brokenRule("not-in-future"));
    }

    @Test
    void rejectsAnUnknownMilestone() {
      fixture
          .given(registered())
          .when(new ReachMilestone(ID, PHASE_1, TODAY, null))
          .expectNoEvents()
          .expectException(brokenRule("unknown-milestone"));
    }

    @Test
    void dropsAMilestoneWithReason() {
      fixture
          .given(registered(), phase1())
          .when(new DropMilestone(ID, PHASE_1, "entfällt"))
          .expectEvents(new MilestoneDropped(ID, PHASE_1, "entfällt"));
    }

    @Test
    void rejectsDroppingWithoutReason() {
      fixture
          .given(registered(), phase1())
          .when(new DropMilestone(ID, PHASE_1, null))
          .expectNoEvents()
          .expectException(brokenRule("reason-required"));
    }

    @Test
    void rejectsReachingADroppedMilestone() {
      fixture
          .given(registered(), phase1(), new MilestoneDropped(ID, PHASE_1, "entfällt"))
          .when(new ReachMilestone(ID, PHASE_1, TODAY, null))
          .expectNoEvents()
          .expectException(brokenRule("milestone-dropped"));
    }
  }

  @Nested
  class Kpis {
    @Test
    void definesAKpi() {
      fixture
          .given(registered())
          .when(
              new DefineKpi(
                  ID,
                  SERVICES,
                  "Online-Dienste",
                  "Anzahl",
                  KpiDirection.INCREASE,
                  BigDecimal.ZERO,
                  BigDecimal.TEN,
                  LocalDate.of(2024, 12, 31)))
          .expectEvents(kpi());
    }

    @Test
    void rejectsATargetDateWithoutTarget() {
      fixture
          .given(registered())
          .when(
              new DefineKpi(
                  ID,
                  SERVICES,
                  "Online-Dienste",
                  "Anzahl",
                  KpiDirection.INCREASE,
                  null,
                  null,
                  LocalDate.of(2024, 12, 31)))
          .expectNoEvents()
          .expectException(brokenRule("required"));
    }

    @Test
    void changesATargetWithReason() {
      fixture
          .given(registered(), kpi())
          .when(
              new ChangeKpiTarget(
                  ID, SERVICES, BigDecimal.valueOf(20), LocalDate.of(2025, 12, 31), "ehrgeiziger"))
          .expectEvents(
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
      fixture
          .given(registered(), kpi())
          .when(
              new RecordKpiValue(
                  ID, SERVICES, VALUE_1, BigDecimal.valueOf(4), LocalDate.of(2024, 5, 31), null))
          .expectEvents(value());
    }

    @Test
    void rejectsAValueForAnUnknownKpi() {
      fixture
          .given(registered())
          .when(new RecordKpiValue(ID, SERVICES, VALUE_1, BigDecimal.ONE, TODAY, null))
          .expectNoEvents()
          .expectException(brokenRule("unknown-kpi"));
    }

    @Test
    void rejectsAValueObservedInTheFuture() {
      fixture
          .given(registered(), kpi())
          .when(new RecordKpiValue(ID, SERVICES, VALUE_1, BigDecimal.ONE, TODAY.plusDays(1), null))
          .expectNoEvents()
          .expectException(brokenRule("not-in-future"));
    }

    @Test
    void correctsAValueKeepingTheOriginal() {
      fixture
          .given(registered(), kpi(), value())
          .when(
              new CorrectKpiValue(ID, SERVICES, VALUE_1, BigDecimal.valueOf(5), null, "Zählfehler"))
          .expectEvents(
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
    void rejectsACorrectionWithoutReason() {
      fixture
          .given(registered(), kpi(), value())
          .when(new CorrectKpiValue(ID, SERVICES, VALUE_1, BigDecimal.valueOf(5), null, null))
          .expectNoEvents()
          .expectException(brokenRule("reason-required"));
    }

    @Test
    void rejectsCorrectingAnUnknownValue() {
      fixture
          .given(registered(), kpi())
          .when(new CorrectKpiValue(ID, SERVICES, VALUE_1, BigDecimal.ONE, null, "x"))
          .expectNoEvents()
          .expectException(brokenRule("unknown-value"));
    }
  }

  @Nested
  class Progress {
    @Test
    void reportsProgress() {
      fixture
          .given(registered(), started())
          .when(new ReportProgress(ID, 40, Health.AMBER, "Verzug bei Lieferant"))
          .expectEvents(new ProgressReported(ID, 40, Health.AMBER, "Verzug bei Lieferant"));
    }

    @Test
    void rejectsMoreThanHundredPercent() {
      fixture
          .given(registered())
          .when(new ReportProgress(ID, 101, Health.GREEN, null))
          .expectNoEvents()
          .expectException(brokenRule("range"));
    }

    @Test
    void rejectsAReportWithoutHealth() {
      fixture
          .given(registered())
          .when(new ReportProgress(ID, 10, null, null))
          .expectNoEvents()
          .expectException(brokenRule("required"));
    }
  }
}
