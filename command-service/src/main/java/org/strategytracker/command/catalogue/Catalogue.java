package org.strategytracker.command.catalogue;

import java.util.List;

/**
 * A city's catalogue of measures as read from a file, before any rule is checked. Cells are kept as
 * written, so that every problem can be reported with the row and column it came from; the {@link
 * CatalogueValidator} decides what they mean.
 *
 * @param document the name of the strategy document, named as the reason of every imported event
 */
public record Catalogue(
    String document, List<MeasureRow> measures, List<MilestoneRow> milestones, List<KpiRow> kpis) {

  public Catalogue {
    measures = List.copyOf(measures);
    milestones = List.copyOf(milestones);
    kpis = List.copyOf(kpis);
  }

  /** Where a row stands in its file: the table (file or sheet) and the row number a person sees. */
  public record Origin(String table, int row) {}

  /** One measure. Lists are cells split at "|" in CSV and XLSX, sequences in YAML. */
  public record MeasureRow(
      Origin origin,
      String id,
      String title,
      String fieldOfAction,
      String leadUnit,
      List<String> coLeadUnits,
      String priority,
      String detailTitle,
      List<String> units,
      List<String> partners,
      List<String> groups,
      String description,
      String measurability,
      String period,
      List<String> discrepancies) {}

  /** One milestone of the measure {@code measureId}. */
  public record MilestoneRow(
      Origin origin, String measureId, String id, String title, String due) {}

  /** One KPI of the measure {@code measureId}. */
  public record KpiRow(
      Origin origin,
      String measureId,
      String id,
      String name,
      String unit,
      String direction,
      String baseline,
      String target,
      String targetDate) {}
}
