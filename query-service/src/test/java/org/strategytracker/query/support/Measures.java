package org.strategytracker.query.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.strategytracker.events.measure.*;

/** Events of the city's measures, as test data reads best. */
public final class Measures {

  private Measures() {}

  public static MeasureRegistered registered(
      String id, String title, String field, String unit, int priority) {
    return new MeasureRegistered(
        new MeasureId(id),
        title,
        field,
        OrgUnit.of(unit),
        List.of(Collaborator.partner("regio iT")),
        Priority.of(priority),
        "Beschreibung von " + title,
        "Anzahl Online-Dienste",
        PeriodParser.parse("2022 - 2025"));
  }

  public static StatusChanged status(String id, Status from, Status to, String reason) {
    return new StatusChanged(new MeasureId(id), from, to, reason);
  }

  public static PriorityAssigned priority(String id, int from, int to, String reason) {
    return new PriorityAssigned(new MeasureId(id), Priority.of(to), Priority.of(from), reason);
  }

  public static MilestonePlanned milestone(
      String id, String milestone, String title, LocalDate due) {
    return new MilestonePlanned(new MeasureId(id), new MilestoneId(milestone), title, due);
  }

  public static KpiDefined kpi(
      String id, String kpi, String name, String baseline, String target, LocalDate targetDate) {
    return new KpiDefined(
        new MeasureId(id),
        new KpiId(kpi),
        name,
        "Anzahl",
        KpiDirection.INCREASE,
        baseline == null ? null : new BigDecimal(baseline),
        target == null ? null : new BigDecimal(target),
        targetDate);
  }

  public static KpiValueRecorded value(
      String id, String kpi, String valueId, String value, LocalDate observedOn) {
    return new KpiValueRecorded(
        new MeasureId(id),
        new KpiId(kpi),
        new KpiValueId(valueId),
        new BigDecimal(value),
        observedOn,
        null);
  }
}
