package org.strategytracker.query.portfolio;

import java.util.Locale;
import java.util.Map;
import org.strategytracker.events.measure.Health;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.Status;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.ListParameters;

/**
 * Which measures to list: every filter is optional; progress is a {@link ProgressBand}; the lead
 * unit includes its sub-units; the text is searched in title, description and field of action.
 */
public record MeasureListQuery(
    Status status,
    Integer priority,
    String fieldOfAction,
    OrgUnit leadUnit,
    Health health,
    ProgressBand progress,
    String text,
    String sort,
    int page,
    int size) {

  /** Sort keys the API accepts ({@code -} in front for descending) and their columns. */
  static final Map<String, String> SORTS =
      Map.of(
          "title",
          "title",
          "priority",
          "priority",
          "status",
          "status",
          "lastUpdate",
          "last_update",
          "fieldOfAction",
          "field_of_action",
          "leadUnit",
          "lead_unit");

  public static final int MAX_SIZE = 200;

  /** Reads the raw request parameters; a bad one is a 400 naming the parameter. */
  public static MeasureListQuery parse(
      String status,
      Integer priority,
      String fieldOfAction,
      String leadUnit,
      String health,
      String progress,
      String text,
      String sort,
      Integer page,
      Integer size) {
    if (priority != null && (priority < 1 || priority > 3)) {
      throw RuleViolation.input("priority", "range", "Die Priorität muss 1, 2 oder 3 sein.");
    }
    String sortKey = sort == null || sort.isBlank() ? "title" : sort.strip();
    if (!SORTS.containsKey(sortKey.startsWith("-") ? sortKey.substring(1) : sortKey)) {
      throw RuleViolation.input(
          "sort",
          "unknown-value",
          "Sortierung nach " + String.join(", ", SORTS.keySet()) + " (mit - davor absteigend).");
    }
    int pageNumber = ListParameters.page(page);
    int pageSize = ListParameters.size(size, 50, MAX_SIZE);
    return new MeasureListQuery(
        value("status", status, Status.class),
        priority,
        ListParameters.text(fieldOfAction),
        ListParameters.unit("leadUnit", leadUnit),
        value("health", health, Health.class),
        ProgressBand.parse(progress),
        ListParameters.text(text),
        sortKey,
        pageNumber,
        pageSize);
  }

  String orderBy() {
    boolean descending = sort.startsWith("-");
    String column = SORTS.get(descending ? sort.substring(1) : sort);
    return column + (descending ? " DESC" : " ASC") + ", measure_id ASC";
  }

  private static <E extends Enum<E>> E value(String parameter, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RuleViolation.input(
          parameter, "unknown-value", "Unbekannter Wert für " + parameter + ": " + raw);
    }
  }
}
