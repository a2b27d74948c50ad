package org.strategytracker.query.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.web.InputRules;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.ListParameters;

/**
 * Which audit entries to read, newest first: of one measure or of all, by the actor's unit (with
 * its sub-units), the actor, the event type and a time range ({@code from} inclusive, {@code to}
 * exclusive; a date means its start in the city's time zone).
 */
public record HistoryQuery(
    String measureId,
    OrgUnit unit,
    String actor,
    String eventType,
    Instant from,
    Instant to,
    int page,
    int size) {

  static final Set<String> EVENT_TYPES =
      Set.of(
          "MeasureRegistered",
          "MeasureDetailsRevised",
          "LeadUnitAssigned",
          "CollaboratorAdded",
          "CollaboratorRemoved",
          "PriorityAssigned",
          "PeriodPlanned",
          "StatusChanged",
          "MeasureReopened",
          "MilestonePlanned",
          "MilestoneRescheduled",
          "MilestoneReached",
          "MilestoneDropped",
          "KpiDefined",
          "KpiTargetChanged",
          "KpiValueRecorded",
          "KpiValueCorrected",
          "ProgressReported");
  private static final int MAX_SIZE = 500;

  public static HistoryQuery parse(
      String measureId,
      String unit,
      String actor,
      String type,
      String from,
      String to,
      Integer page,
      Integer size,
      ZoneId zone) {
    if (type != null && !type.isBlank() && !EVENT_TYPES.contains(type.strip())) {
      throw RuleViolation.input("type", "unknown-value", "Unbekannter Ereignistyp: " + type);
    }
    int pageNumber = ListParameters.page(page);
    int pageSize = ListParameters.size(size, 100, MAX_SIZE);
    Instant start = instant("from", from, zone);
    Instant end = instant("to", to, zone);
    if (start != null && end != null && !end.isAfter(start)) {
      throw RuleViolation.input(
          "to", "range", "Das Ende des Zeitraums muss nach seinem Anfang liegen.");
    }
    return new HistoryQuery(
        measureId,
        ListParameters.unit("unit", unit),
        ListParameters.text(actor),
        ListParameters.text(type),
        start,
        end,
        pageNumber,
        pageSize);
  }

  private static Instant instant(String parameter, String raw, ZoneId zone) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Instant instant;
    try {
      instant =
          raw.length() == 10
              ? LocalDate.parse(raw).atStartOfDay(zone).toInstant()
              : Instant.parse(raw);
    } catch (DateTimeException e) {
      throw RuleViolation.input(
          parameter,
          "format",
          parameter + ": Zeitpunkt wie 2024-05-31 oder 2024-05-31T10:00:00Z erwartet, war: " + raw);
    }
    InputRules.requireInstant(parameter, instant);
    return instant;
  }
}
