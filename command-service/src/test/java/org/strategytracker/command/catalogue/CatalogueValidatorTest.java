package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MeasureRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;

class CatalogueValidatorTest {

  private final CatalogueValidator validator = new CatalogueValidator();

  @Test
  void acceptsAMeasureWithEveryCellWellFormed() {
    assertThat(
            validator.validate(
                catalogue(List.of(measure(2, "ok", "FB 11/400", "2")), List.of(), List.of())))
        .isEmpty();
  }

  @Test
  void reportsEveryBadCellOfEveryRowAtOnce() {
    List<ImportProblem> problems =
        validator.validate(
            catalogue(
                List.of(
                    measure(2, "a", "FB 11", "4"),
                    measure(3, "Kein Slug", "11/400", "1"),
                    measure(4, "a", "FB 11", null)),
                List.of(),
                List.of()));

    assertThat(problems)
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::rule)
        .containsExactlyInAnyOrder(
            tuple(2, "priority", "priority-range"),
            tuple(3, "id", "format"),
            tuple(3, "leadUnit", "format"),
            tuple(4, "id", "duplicate-id"),
            tuple(4, "priority", "required"));
  }

  @Test
  void checksMilestonesAgainstTheirMeasure() {
    List<ImportProblem> problems =
        validator.validate(
            catalogue(
                List.of(measure(2, "m", "FB 11", "1")),
                List.of(
                    milestone(2, "m", "start", "31.02.2024"),
                    milestone(3, "m", "start", "2024-01-31"),
                    milestone(4, "x", "ende", null)),
                List.of()));

    assertThat(problems)
        .extracting(
            ImportProblem::table, ImportProblem::row, ImportProblem::column, ImportProblem::rule)
        .containsExactlyInAnyOrder(
            tuple("Meilensteine", 2, "due", "date-format"),
            tuple("Meilensteine", 3, "id", "duplicate-id"),
            tuple("Meilensteine", 4, "measureId", "unknown-measure"));
  }

  @Test
  void checksKpiDirectionNumbersAndThatATargetDateHasATarget() {
    List<ImportProblem> problems =
        validator.validate(
            catalogue(
                List.of(measure(2, "m", "FB 11", "1")),
                List.of(),
                List.of(
                    kpi(2, "a", "UP", "12", null, null),
                    kpi(3, "b", "decrease", "zwölf", null, "2025-12-31"),
                    kpi(4, "c", "MAINTAIN", "3,5", "1.000,5", null))));

    assertThat(problems)
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::rule)
        .containsExactlyInAnyOrder(
            tuple(2, "direction", "direction"),
            tuple(3, "baseline", "number-format"),
            tuple(3, "target", "target-required"));
  }

  @Test
  void rejectsACatalogueWithoutMeasures() {
    assertThat(validator.validate(catalogue(List.of(), List.of(), List.of())))
        .extracting(ImportProblem::rule)
        .containsExactly("empty");
  }

  static Catalogue catalogue(
      List<MeasureRow> measures, List<MilestoneRow> milestones, List<KpiRow> kpis) {
    return new Catalogue("Test", measures, milestones, kpis);
  }

  static MeasureRow measure(int row, String id, String leadUnit, String priority) {
    return new MeasureRow(
        new Origin("Massnahmen", row),
        id,
        "Titel",
        "Feld",
        leadUnit,
        List.of(),
        priority,
        null,
        List.of("FB 13"),
        List.of("regio iT"),
        List.of(),
        null,
        null,
        "2023",
        List.of());
  }

  private static MilestoneRow milestone(int row, String measureId, String id, String due) {
    return new MilestoneRow(new Origin("Meilensteine", row), measureId, id, "Titel", due);
  }

  private static KpiRow kpi(
      int row, String id, String direction, String baseline, String target, String targetDate) {
    return new KpiRow(
        new Origin("Kennzahlen", row),
        "m",
        id,
        "Name",
        "Anzahl",
        direction,
        baseline,
        target,
        targetDate);
  }
}
