package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import org.strategytracker.command.catalogue.ImportReport.Note;
import org.strategytracker.command.measure.AddCollaborator;
import org.strategytracker.command.measure.AssignPriority;
import org.strategytracker.command.measure.ChangeKpiTarget;
import org.strategytracker.command.measure.RemoveCollaborator;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.Priority;

/**
 * Which commands a known measure gets, given the catalogue, the last import and the measure as it
 * stands.
 */
class MeasureDiffTest {

  private final List<Note> notes = new ArrayList<>();

  @Test
  void plansNothingWhenTheMeasureIsAsTheCatalogueSays() {
    MeasureContent content = entry("2").content();

    assertThat(diff(entry("2"), content, content)).isEmpty();
  }

  @Test
  void keepsAPriorityPeopleChangedWhenTheCatalogueDidNotChangeIt() {
    MeasureContent imported = entry("2").content();

    assertThat(diff(entry("2"), imported, withPriority(imported, 3))).isEmpty();
  }

  @Test
  void assignsAPriorityTheCatalogueChanged() {
    MeasureContent imported = entry("2").content();

    assertThat(diff(entry("1"), imported, withPriority(imported, 3)))
        .singleElement()
        .satisfies(
            command ->
                assertThat(command.command())
                    .isEqualTo(
                        new AssignPriority(
                            imported.id(), Priority.of(1), "Import: Test (geänderter Katalog)")));
  }

  @Test
  void removesACollaboratorTheCatalogueDroppedButDoesNotBringBackOnePeopleRemoved() {
    MeasureContent imported =
        withCollaborators(
            entry("2").content(), Set.of(Collaborator.unit("FB 13"), Collaborator.unit("FB 20")));
    MeasureContent current =
        withCollaborators(
            imported, Set.of(Collaborator.unit("FB 20"), Collaborator.partner("regio iT")));

    assertThat(diff(entry("2"), imported, current))
        .extracting(PlannedCommand::command)
        .containsExactly(
            new RemoveCollaborator(
                imported.id(), Collaborator.unit("FB 20"), "Import: Test (geänderter Katalog)"));
  }

  @Test
  void addsACollaboratorTheCatalogueAdded() {
    MeasureContent imported =
        withCollaborators(entry("2").content(), Set.of(Collaborator.unit("FB 13")));

    assertThat(diff(entry("2"), imported, imported))
        .extracting(PlannedCommand::command)
        .containsExactly(new AddCollaborator(imported.id(), Collaborator.partner("regio iT")));
  }

  @Test
  void notesButDoesNotSendANewDueDateForAReachedMilestone() {
    CatalogueEntry moved = entry("2", "2024-06-30", "10");
    MeasureContent imported = entry("2").content();
    MeasureContent current =
        withMilestones(
            imported,
            Map.of(
                "start",
                new MeasureContent.Milestone("Start", LocalDate.parse("2024-01-31"), false)));

    assertThat(diff(moved, imported, current)).isEmpty();
    assertThat(notes).singleElement().extracting(Note::kind).isEqualTo(Note.Kind.NOT_APPLIED);
  }

  @Test
  void changesAKpiTargetTheCatalogueChangedComparingNumbersByValue() {
    MeasureContent imported = entry("2").content();

    assertThat(diff(entry("2", "2024-01-31", "10.0"), imported, imported)).isEmpty();
    assertThat(diff(entry("2", "2024-01-31", "12"), imported, imported))
        .extracting(PlannedCommand::command)
        .containsExactly(
            new ChangeKpiTarget(
                imported.id(),
                new KpiId("k"),
                new BigDecimal("12"),
                null,
                "Import: Test (geänderter Katalog)"));
  }

  private List<PlannedCommand> diff(
      CatalogueEntry entry, MeasureContent imported, MeasureContent current) {
    return new MeasureDiff(
            entry,
            new MeasureHistory.Recorded(current, imported, false),
            "Import: Test (geänderter Katalog)",
            notes)
        .commands();
  }

  private static CatalogueEntry entry(String priority) {
    return entry(priority, "2024-01-31", "10");
  }

  private static CatalogueEntry entry(String priority, String due, String target) {
    Catalogue catalogue =
        CatalogueValidatorTest.catalogue(
            List.of(CatalogueValidatorTest.measure(2, "m", "FB 11", priority)),
            List.of(new MilestoneRow(new Origin("Meilensteine", 2), "m", "start", "Start", due)),
            List.of(
                new KpiRow(
                    new Origin("Kennzahlen", 2),
                    "m",
                    "k",
                    "Kennzahl",
                    "Anzahl",
                    "INCREASE",
                    null,
                    target,
                    null)));
    return CatalogueEntry.of(catalogue).get(0);
  }

  private static MeasureContent withPriority(MeasureContent c, int priority) {
    return new MeasureContent(
        c.id(),
        c.title(),
        c.fieldOfAction(),
        c.description(),
        c.measurability(),
        c.leadUnit(),
        c.collaborators(),
        Priority.of(priority),
        c.periodText(),
        c.milestones(),
        c.kpis());
  }

  private static MeasureContent withCollaborators(
      MeasureContent c, Set<Collaborator> collaborators) {
    return new MeasureContent(
        c.id(),
        c.title(),
        c.fieldOfAction(),
        c.description(),
        c.measurability(),
        c.leadUnit(),
        collaborators,
        c.priority(),
        c.periodText(),
        c.milestones(),
        c.kpis());
  }

  private static MeasureContent withMilestones(
      MeasureContent c, Map<String, MeasureContent.Milestone> milestones) {
    return new MeasureContent(
        c.id(),
        c.title(),
        c.fieldOfAction(),
        c.description(),
        c.measurability(),
        c.leadUnit(),
        c.collaborators(),
        c.priority(),
        c.periodText(),
        milestones,
        c.kpis());
  }
}
