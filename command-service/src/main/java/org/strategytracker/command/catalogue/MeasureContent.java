package org.strategytracker.command.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.Priority;

/**
 * What a catalogue says about a measure, and the same as far as the event store knows it: the
 * import compares the two and sends a command for each difference. Texts are stripped and empty
 * ones are {@code null}, as the aggregate stores them.
 *
 * @param periodText the period as written; its parsed reading follows from it
 * @param milestones by milestone id
 * @param kpis by KPI id
 */
record MeasureContent(
    MeasureId id,
    String title,
    String fieldOfAction,
    String description,
    String measurability,
    OrgUnit leadUnit,
    Set<Collaborator> collaborators,
    Priority priority,
    String periodText,
    Map<String, Milestone> milestones,
    Map<String, Kpi> kpis) {

  /** A milestone; {@code pending} is false once it was reached or dropped. */
  record Milestone(String title, LocalDate due, boolean pending) {}

  /** A KPI's definition and its current target. */
  record Kpi(
      String name,
      String unit,
      KpiDirection direction,
      BigDecimal baseline,
      BigDecimal target,
      LocalDate targetDate) {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
