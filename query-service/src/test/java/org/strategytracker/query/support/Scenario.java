package org.strategytracker.query.support;

import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.strategytracker.events.measure.*;

/** A small portfolio touching every event type, for tests that compare whole tables. */
public final class Scenario {

  private Scenario() {}

  /**
   * Appends the scenario for measures with the given prefix; answers the last measure's version.
   */
  public static long everyEventType(EventLog log, String prefix) {
    String a = prefix + "-ozg";
    String b = prefix + "-schulen";
    MeasureId ma = new MeasureId(a);
    LocalDate today = LocalDate.now();
    log.append(a, registered(a, "OZG-Umsetzung", "Digitale Verwaltung", "FB 11/400", 2));
    log.append(
        a,
        new MeasureDetailsRevised(
            ma, "OZG-Umsetzung 2.0", "Digitale Verwaltung", "neu", "Dienste", "Ratsbeschluss"));
    log.append(
        a, new LeadUnitAssigned(ma, OrgUnit.of("FB 11"), OrgUnit.of("FB 11/400"), "Zuständigkeit"));
    log.append(a, new CollaboratorAdded(ma, Collaborator.unit("FB 61")));
    log.append(a, new CollaboratorRemoved(ma, Collaborator.partner("regio iT"), "Vertrag beendet"));
    log.append(a, priority(a, 2, 1, "gesetzlich vorgeschrieben"));
    log.append(
        a,
        new PeriodPlanned(
            ma, PeriodParser.parse("2023 - 2026"), PeriodParser.parse("2022 - 2025"), "Verzug"));
    log.append(a, status(a, Status.PLANNED, Status.IN_PROGRESS, "Start"));
    log.append(a, milestone(a, "phase-1", "Phase 1", today.minusDays(30)));
    log.append(
        a,
        new MilestoneRescheduled(
            ma,
            new MilestoneId("phase-1"),
            today.minusDays(30),
            today.minusDays(5),
            "Ausschreibung"));
    log.append(a, milestone(a, "phase-2", "Phase 2", today.plusDays(60)));
    log.append(a, new MilestoneReached(ma, new MilestoneId("phase-2"), today, "früher fertig"));
    log.append(a, milestone(a, "phase-3", "Phase 3", today.minusDays(3)));
    log.append(a, new MilestoneDropped(ma, new MilestoneId("phase-3"), "nicht mehr nötig"));
    log.append(a, kpi(a, "online-dienste", "Online-Dienste", "0", "100", today.plusYears(1)));
    log.append(a, value(a, "online-dienste", "v1", "4", today.minusDays(10)));
    log.append(
        a,
        new KpiValueCorrected(
            ma,
            new KpiId("online-dienste"),
            new KpiValueId("v1"),
            new BigDecimal("4"),
            new BigDecimal("5"),
            today.minusDays(10),
            today.minusDays(9),
            "Tippfehler"));
    log.append(
        a,
        new KpiTargetChanged(
            ma,
            new KpiId("online-dienste"),
            new BigDecimal("100"),
            today.plusYears(1),
            new BigDecimal("120"),
            today.plusYears(2),
            "Ratsbeschluss"));
    log.append(a, new ProgressReported(ma, 40, Health.AMBER, "läuft"));
    log.append(a, status(a, Status.IN_PROGRESS, Status.COMPLETED, "fertig"));
    log.append(a, new MeasureReopened(ma, Status.COMPLETED, Status.IN_PROGRESS, "Nacharbeit"));
    log.append(b, registered(b, "Glasfaser Schulen", "Bildung", "FB 45", 1));
    log.append(b, kpi(b, "schulen", "Angebundene Schulen", null, null, null));
    return log.append(b, value(b, "schulen", "s1", "12", today.minusDays(1)));
  }
}
