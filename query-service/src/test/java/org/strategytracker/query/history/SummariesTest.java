package org.strategytracker.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.*;

/** Every event type has a German one-line summary a council member can read. */
class SummariesTest {

  static final MeasureId M = new MeasureId("s-1");
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
    assertThat(
            summary(
                new PeriodPlanned(
                    M, PeriodParser.parse("2024"), PeriodParser.parse("2023"), "Verzug")))
        .isEqualTo("Zeitraum von „2023“ auf „2024“ geändert: Verzug");
    assertThat(summary(new MeasureReopened(M, Status.COMPLETED, Status.IN_PROGRESS, "Nacharbeit")))
        .isEqualTo("Maßnahme wieder geöffnet, Status von COMPLETED zu IN_PROGRESS: Nacharbeit");
    assertThat(summary(new ProgressReported(M, 40, Health.AMBER, "Verzug bei Lieferung")))
        .isEqualTo("Fortschritt 40 %, Ampel AMBER gemeldet: Verzug bei Lieferung");
  }

  @Test
  void summarisesMilestonesAndKpisByTheirNames() {
    MilestoneId phase = new MilestoneId("phase-1");
    KpiId kpi = new KpiId("online");
    assertThat(summary(new MilestoneReached(M, phase, LocalDate.of(2024, 6, 1), null)))
        .isEqualTo("Meilenstein „Phase 1“ am 01.06.2024 erreicht");
    assertThat(summary(new MilestoneDropped(M, phase, "nicht mehr nötig")))
        .isEqualTo("Meilenstein „Phase 1“ aufgegeben: nicht mehr nötig");
    assertThat(
            summary(
                new KpiTargetChanged(
                    M,
                    kpi,
                    new BigDecimal("100"),
                    LocalDate.of(2024, 12, 31),
                    new BigDecimal("120.50"),
                    LocalDate.of(2025, 12, 31),
                    "Ratsbeschluss")))
        .isEqualTo(
            "Ziel der Kennzahl „Online-Dienste“ von 100 (31.12.2024) auf 120,5 (31.12.2025) geändert: Ratsbeschluss");
  }

  @Test
  void namesTheSourceOfANewMeasureAndKeepsTheFromAndTo() {
    MeasureRegistered registered =
        new MeasureRegistered(
            M,
            "OZG-Umsetzung",
            "Digitale Verwaltung",
            OrgUnit.of("FB 11"),
            List.of(),
            Priority.of(1),
            null,
            null,
            PeriodParser.parse(""));

    Described described = Summaries.describe(registered, "api", "Katalog", LABELS);

    assertThat(described.summary()).isEqualTo("Maßnahme „OZG-Umsetzung“ angelegt (Quelle: API)");
    assertThat(described.reason()).isEqualTo("Katalog");
    assertThat(described.changes()).contains(new Change("priority", null, "1"));
  }

  private static String summary(Object event) {
    return Summaries.describe(event, null, null, LABELS).summary();
  }
}
