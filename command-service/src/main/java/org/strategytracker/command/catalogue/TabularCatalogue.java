package org.strategytracker.command.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MeasureRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import org.strategytracker.command.catalogue.CatalogueTable.Row;

/**
 * The documented columns of CSV files and XLSX sheets, shared by both readers: one row per measure,
 * milestones and KPIs in their own table referring to the measure by {@code measureId}.
 */
final class TabularCatalogue {

  static final String MEASURES = "Massnahmen";
  static final String MILESTONES = "Meilensteine";
  static final String KPIS = "Kennzahlen";

  static final List<String> MEASURE_COLUMNS =
      List.of(
          "id",
          "title",
          "fieldOfAction",
          "leadUnit",
          "coLeadUnits",
          "priority",
          "collaboratorUnits",
          "partners",
          "groups",
          "description",
          "measurability",
          "period",
          "detailTitle",
          "discrepancies");
  static final Set<String> REQUIRED_MEASURE_COLUMNS =
      Set.of("id", "title", "fieldOfAction", "leadUnit", "priority");
  static final List<String> MILESTONE_COLUMNS = List.of("measureId", "id", "title", "due");
  static final List<String> KPI_COLUMNS =
      List.of("measureId", "id", "name", "unit", "direction", "baseline", "target", "targetDate");

  private TabularCatalogue() {}

  /** The column name as documented, for a header cell written in any case. */
  static String column(String headerCell, List<String> columns) {
    String wanted = headerCell.strip().toLowerCase(Locale.ROOT);
    return columns.stream()
        .filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElse(headerCell.strip());
  }

  static List<String> columnsOf(String table) {
    return switch (table) {
      case MEASURES -> MEASURE_COLUMNS;
      case MILESTONES -> MILESTONE_COLUMNS;
      default -> KPI_COLUMNS;
    };
  }

  static Catalogue toCatalogue(
      String document,
      CatalogueTable measures,
      Optional<CatalogueTable> milestones,
      Optional<CatalogueTable> kpis) {
    List<ImportProblem> problems = new ArrayList<>();
    checkHeader(measures, MEASURE_COLUMNS, REQUIRED_MEASURE_COLUMNS, problems);
    milestones.ifPresent(
        table ->
            checkHeader(
                table, MILESTONE_COLUMNS, Set.copyOf(MILESTONE_COLUMNS.subList(0, 3)), problems));
    kpis.ifPresent(
        table -> checkHeader(table, KPI_COLUMNS, Set.copyOf(KPI_COLUMNS.subList(0, 5)), problems));
    if (!problems.isEmpty()) {
      throw new CatalogueRejected(problems);
    }
    return new Catalogue(
        document,
        measures.rows().stream().map(row -> measure(measures.name(), row)).toList(),
        milestones
            .map(table -> table.rows().stream().map(row -> milestone(table.name(), row)).toList())
            .orElse(List.of()),
        kpis.map(table -> table.rows().stream().map(row -> kpi(table.name(), row)).toList())
            .orElse(List.of()));
  }

  private static void checkHeader(
      CatalogueTable table,
      List<String> columns,
      Set<String> required,
      List<ImportProblem> problems) {
    for (String column : table.header()) {
      if (!columns.contains(column)) {
        problems.add(
            new ImportProblem(
                table.name(),
                1,
                column,
                "unknown-column",
                "Unbekannte Spalte „"
                    + column
                    + "“; erlaubt sind "
                    + String.join(", ", columns)
                    + "."));
      }
    }
    for (String column : columns) {
      if (required.contains(column) && !table.header().contains(column)) {
        problems.add(
            new ImportProblem(
                table.name(), 1, column, "missing-column", "Die Spalte „" + column + "“ fehlt."));
      }
    }
  }

  private static MeasureRow measure(String table, Row row) {
    return new MeasureRow(
        new Origin(table, row.number()),
        row.cell("id"),
        row.cell("title"),
        row.cell("fieldOfAction"),
        row.cell("leadUnit"),
        row.list("coLeadUnits"),
        row.cell("priority"),
        row.cell("detailTitle"),
        row.list("collaboratorUnits"),
        row.list("partners"),
        row.list("groups"),
        row.cell("description"),
        row.cell("measurability"),
        row.cell("period"),
        row.list("discrepancies"));
  }

  private static MilestoneRow milestone(String table, Row row) {
    return new MilestoneRow(
        new Origin(table, row.number()),
        row.cell("measureId"),
        row.cell("id"),
        row.cell("title"),
        row.cell("due"));
  }

  private static KpiRow kpi(String table, Row row) {
    return new KpiRow(
        new Origin(table, row.number()),
        row.cell("measureId"),
        row.cell("id"),
        row.cell("name"),
        row.cell("unit"),
        row.cell("direction"),
        row.cell("baseline"),
        row.cell("target"),
        row.cell("targetDate"));
  }
}
