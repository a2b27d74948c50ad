package org.strategytracker.query.timetravel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.strategytracker.query.portfolio.MeasureListQuery;
import org.strategytracker.query.portfolio.MeasureSummary;
import org.strategytracker.query.portfolio.ProgressBand;

/**
 * Filters, sorts and pages the measures of a past date with the live list's rules. The whole
 * portfolio is at most a few thousand measures, so this happens in memory after one query.
 */
final class PastMeasures {

  private static final Map<String, Comparator<MeasureState>> SORTS =
      Map.of(
          "title",
          by(MeasureState::title),
          "priority",
          Comparator.comparingInt(MeasureState::priority),
          "status",
          by(MeasureState::status),
          "lastUpdate",
          Comparator.comparing(MeasureState::lastUpdate),
          "fieldOfAction",
          by(MeasureState::fieldOfAction),
          "leadUnit",
          by(MeasureState::leadUnit));

  private PastMeasures() {}

  static List<MeasureState> select(List<MeasureState> all, MeasureListQuery query) {
    boolean descending = query.sort().startsWith("-");
    Comparator<MeasureState> order =
        SORTS.get(descending ? query.sort().substring(1) : query.sort());
    order = (descending ? order.reversed() : order).thenComparing(MeasureState::id);
    return all.stream().filter(m -> matches(m, query)).sorted(order).toList();
  }

  static MeasureSummary summary(MeasureState m) {
    return new MeasureSummary(
        m.id(),
        m.title(),
        m.fieldOfAction(),
        m.leadUnit(),
        m.priority(),
        m.status(),
        m.percentComplete(),
        m.health(),
        m.overdueMilestones(),
        m.lastUpdate(),
        m.version());
  }

  private static boolean matches(MeasureState m, MeasureListQuery q) {
    return (q.status() == null || q.status().name().equals(m.status()))
        && (q.priority() == null || q.priority() == m.priority())
        && (q.fieldOfAction() == null || q.fieldOfAction().equalsIgnoreCase(m.fieldOfAction()))
        && (q.leadUnit() == null
            || m.leadUnit().equals(q.leadUnit().code())
            || m.leadUnit().startsWith(q.leadUnit().code() + "/"))
        && (q.health() == null || q.health().name().equals(m.health()))
        && (q.progress() == null || q.progress() == ProgressBand.of(m.percentComplete()))
        && (q.text() == null
            || contains(m.title(), q.text())
            || contains(m.fieldOfAction(), q.text()));
  }

  private static boolean contains(String value, String text) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  private static Comparator<MeasureState> by(Function<MeasureState, String> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
