package org.strategytracker.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.*;

/**
 * Every event type has a German one-line summary a council member can read: status, traffic light
 * and KPI direction in the words of the interface and the reports, never as code.
 */
class SummariesTest {

  static final MeasureId M = new MeasureId("s-1");
  static final MilestoneId PHASE = new MilestoneId("phase-1");
  static final KpiId KPI = new KpiId("online");
  static final Function<String, String> LABELS =
      key -> key.startsWith("kpi:") ? "Online-Dienste" : "Phase 1";

  @Test
  void summarisesChangesOfTheMeasureItself() {
    assertThat(
            summary(
                new MeasureDetailsRevised(
                    M, "OZG 2.0", "Digitale Verwaltung", null, null, "Ratsbeschluss")))
        .isEqualTo("Angaben überarbeitet (Titel „OZG 2.0“): Ratsbeschluss");
    assertThat(
            summary(
                new LeadUnitAssigned(M, OrgUnit.of("FB 11"), OrgUnit.of("FB 61"), "Neuordnung")))
        .isEqualTo("Federführung von FB 61 an FB 11 übergeben: Neuordnung");
    assertThat(summary(new CollaboratorAdded(M, Collaborator.partner("RWTH"))))
        .isEqualTo("Mitwirkende „RWTH“ hinzugefügt");
    assertThat(summary(new CollaboratorRemoved(M, Collaborator.partner("RWTH"), "Projekt beendet")))
        .isEqualTo("Mitwirkende „RWTH“ entfernt: Projekt beendet");
    assertThat(summary(new PriorityAssigned(M, Priority.of(1), Priority.of(2), "gesetzlich")))
        .isEqualTo("Priorität von 2 auf 1 geändert: gesetzlich");
    assertThat(
            summary(
                new PeriodPlanned(
                    M, PeriodParser.parse("2024"), PeriodParser.parse("2023"), "Verzug")))
        .isEqualTo("Zeitraum von „2023“ auf „2024“ geändert: Verzug");
  }

  @Test
  void namesStatusesInTheWordsOfTheInterface() {
    assertThat(summary(new StatusChanged(M, Status.PLANNED, Status.IN_PROGRESS, "Projektstart")))
        .isEqualTo("Status von „Geplant“ auf „In Umsetzung“ geändert: Projektstart");
    assertThat(summary(new StatusChanged(M, Status.IN_PROGRESS, Status.ON_HOLD, null)))
        .isEqualTo("Status von „In Umsetzung“ auf „Pausiert“ geändert");
    assertThat(summary(new StatusChanged(M, Status.ON_HOLD, Status.CANCELLED, "Kein Budget")))
        .isEqualTo("Status von „Pausiert“ auf „Abgebrochen“ geändert: Kein Budget");
    assertThat(summary(new MeasureReopened(M, Status.COMPLETED, Status.IN_PROGRESS, "Nacharbeit")))
        .isEqualTo(
            "Maßnahme wieder geöffnet, Status von „Abgeschlossen“ auf „In Umsetzung“ geändert:"
                + " Nacharbeit");
  }

  @Test
  void namesTheTrafficLightByColourAndMeaning() {
    assertThat(summary(new ProgressReported(M, 40, Health.AMBER, "Verzug bei Lieferung")))
        .isEqualTo("Fortschritt 40 %, Ampel Gelb (gefährdet) gemeldet: Verzug bei Lieferung");
    assertThat(summary(new ProgressReported(M, 75, Health.GREEN, "")))
        .isEqualTo("Fortschritt 75 %, Ampel Grün (im Plan) gemeldet");
    assertThat(summary(new ProgressReported(M, 10, Health.RED, "Anbieter insolvent")))
        .isEqualTo("Fortschritt 10 %, Ampel Rot (kritisch) gemeldet: Anbieter insolvent");
  }

  @Test
  void leavesOutAReportsCommentThatIsAlsoItsReason() {
    assertThat(
            Summaries.describe(
                    new ProgressReported(M, 40, Health.AMBER, "Verzug bei Lieferung"),
                    "ui",
                    "Verzug bei Lieferung",
                    LABELS)
                .summary())
        .isEqualTo("Fortschritt 40 %, Ampel Gelb (gefährdet) gemeldet");
    assertThat(
            Summaries.describe(
                    new MilestoneReached(M, PHASE, LocalDate.of(2024, 6, 1), "Abnahme erfolgt"),
                    "ui",
                    "Abnahme erfolgt",
                    LABELS)
                .summary())
        .isEqualTo("Meilenstein „Phase 1“ am 01.06.2024 erreicht");
    assertThat(
            Summaries.describe(
                    new ProgressReported(M, 40, Health.AMBER, "Verzug bei Lieferung"),
                    "ui",
                    "Quartalsmeldung",
                    LABELS)
                .summary())
        .isEqualTo("Fortschritt 40 %, Ampel Gelb (gefährdet) gemeldet: Verzug bei Lieferung");
  }

  @Test
  void summarisesMilestonesByTheirNames() {
    assertThat(summary(new MilestonePlanned(M, PHASE, "Phase 1", LocalDate.of(2024, 3, 31))))
        .isEqualTo("Meilenstein „Phase 1“ zum 31.03.2024 geplant");
    assertThat(summary(new MilestonePlanned(M, PHASE, "Phase 1", null)))
        .isEqualTo("Meilenstein „Phase 1“ ohne Fälligkeitsdatum geplant");
    assertThat(
            summary(
                new MilestoneRescheduled(
                    M, PHASE, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30), "Vergabe")))
        .isEqualTo("Meilenstein „Phase 1“ von 31.03.2024 auf 30.09.2024 verschoben: Vergabe");
    assertThat(summary(new MilestoneRescheduled(M, PHASE, null, LocalDate.of(2024, 9, 30), "Plan")))
        .isEqualTo("Fälligkeit des Meilensteins „Phase 1“ auf 30.09.2024 festgelegt: Plan");
    assertThat(summary(new MilestoneReached(M, PHASE, LocalDate.of(2024, 6, 1), null)))
        .isEqualTo("Meilenstein „Phase 1“ am 01.06.2024 erreicht");
    assertThat(summary(new MilestoneDropped(M, PHASE, "nicht mehr nötig")))
        .isEqualTo("Meilenstein „Phase 1“ aufgegeben: nicht mehr nötig");
  }

  @Test
  void summarisesKpisWithTheirDirectionAndTarget() {
    assertThat(summary(kpi(KpiDirection.INCREASE, "100", LocalDate.of(2025, 12, 31))))
        .isEqualTo(
            "Kennzahl „Online-Dienste“ definiert (höher ist besser, Ziel 100 bis 31.12.2025)");
    assertThat(summary(kpi(KpiDirection.DECREASE, "2.5", null)))
        .isEqualTo("Kennzahl „Online-Dienste“ definiert (niedriger ist besser, Ziel 2,5)");
    assertThat(summary(kpi(KpiDirection.MAINTAIN, null, null)))
        .isEqualTo("Kennzahl „Online-Dienste“ definiert (Wert halten, ohne Ziel)");
    assertThat(
            summary(
                new KpiTargetChanged(
                    M,
                    KPI,
                    new BigDecimal("100"),
                    LocalDate.of(2024, 12, 31),
                    new BigDecimal("120.50"),
                    LocalDate.of(2025, 12, 31),
                    "Ratsbeschluss")))
        .isEqualTo(
            "Ziel der Kennzahl „Online-Dienste“ von „100 bis 31.12.2024“ auf „120,5 bis"
                + " 31.12.2025“ geändert: Ratsbeschluss");
    assertThat(summary(new KpiTargetChanged(M, KPI, null, null, new BigDecimal("50"), null, "neu")))
        .isEqualTo("Ziel der Kennzahl „Online-Dienste“ von „kein Ziel“ auf „50“ geändert: neu");
    assertThat(
            summary(
                new KpiValueRecorded(
                    M,
                    KPI,
                    new KpiValueId("v1"),
                    new BigDecimal("4"),
                    LocalDate.of(2024, 5, 31),
                    null)))
        .isEqualTo("Messwert 4 für „Online-Dienste“ (Stand 31.05.2024) erfasst");
    assertThat(
            summary(
                new KpiValueCorrected(
                    M,
                    KPI,
                    new KpiValueId("v1"),
                    new BigDecimal("4"),
                    new BigDecimal("4.5"),
                    LocalDate.of(2024, 5, 31),
                    LocalDate.of(2024, 5, 31),
                    "Zählfehler")))
        .isEqualTo(
            "Messwert für „Online-Dienste“ von 4 (Stand 31.05.2024) auf 4,5 (Stand 31.05.2024)"
                + " korrigiert: Zählfehler");
  }

  @Test
  void namesTheSourceOfANewMeasureInGermanAndKeepsTheFromAndToAsCodes() {
    Described byApi = Summaries.describe(registered(), "api", "Katalog", LABELS);

    assertThat(byApi.summary())
        .isEqualTo("Maßnahme „OZG-Umsetzung“ angelegt (Quelle: Schnittstelle)");
    assertThat(summaryFrom(registered(), "ui"))
        .isEqualTo("Maßnahme „OZG-Umsetzung“ angelegt (Quelle: Oberfläche)");
    assertThat(summaryFrom(registered(), "import"))
        .isEqualTo("Maßnahme „OZG-Umsetzung“ angelegt (Quelle: Katalogimport)");
    assertThat(summaryFrom(registered(), null)).isEqualTo("Maßnahme „OZG-Umsetzung“ angelegt");
    assertThat(byApi.reason()).isEqualTo("Katalog");
    assertThat(byApi.changes())
        .contains(new Change("priority", null, "1"), new Change("status", null, "PLANNED"));
    assertThat(
            Summaries.describe(
                    new StatusChanged(M, Status.PLANNED, Status.IN_PROGRESS, "Start"),
                    null,
                    null,
                    LABELS)
                .changes())
        .containsExactly(new Change("status", "PLANNED", "IN_PROGRESS"));
  }

  @Test
  void namesAnEventThisVersionDoesNotKnow() {
    record FutureEvent(MeasureId measureId) {}

    assertThat(summary(new FutureEvent(M))).isEqualTo("Unbekanntes Ereignis „FutureEvent“");
  }

  private static MeasureRegistered registered() {
    return new MeasureRegistered(
        M,
        "OZG-Umsetzung",
        "Digitale Verwaltung",
        OrgUnit.of("FB 11"),
        List.of(),
        Priority.of(1),
        null,
        null,
        PeriodParser.parse(""));
  }

  private static KpiDefined kpi(KpiDirection direction, String target, LocalDate targetDate) {
    return new KpiDefined(
        M,
        KPI,
        "Online-Dienste",
        "Anzahl",
        direction,
        null,
        target == null ? null : new BigDecimal(target),
        targetDate);
  }

  private static String summaryFrom(Object event, String source) {
    return Summaries.describe(event, source, null, LABELS).summary();
  }

  private static String summary(Object event) {
    return summaryFrom(event, null);
  }
}
