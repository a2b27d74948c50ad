package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;
import org.strategytracker.query.projection.Times;
import org.strategytracker.query.timetravel.Corrections.Difference;
import org.strategytracker.query.timetravel.Corrections.LateEntry;

/** Compares a measure as of a date as known then with the same date as known now. */
@Component
class CorrectionQueries {

  private final JdbcClient jdbc;
  private final AsOfQueries asOf;

  CorrectionQueries(JdbcClient jdbc, AsOfQueries asOf) {
    this.jdbc = jdbc;
    this.asOf = asOf;
  }

  Optional<Corrections> corrections(String measureId, Basis then, boolean actorsVisible) {
    Basis now = asOf.basis(then.asOf(), null, null);
    Optional<MeasureState> current = asOf.measure(now, measureId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Optional<MeasureState> known = asOf.measure(then, measureId);
    List<Difference> differences =
        known
            .map(k -> differences(k, current.get()))
            .orElseGet(() -> List.of(new Difference("registered", null, "nein", "ja")));
    Map<String, Object> params = asOf.params(then, measureId);
    params.put("now", now.position());
    List<LateEntry> late =
        jdbc.sql(
                "SELECT DISTINCT ON (global_index) * FROM timeline_fact WHERE measure_id = :measure"
                    + " AND global_index > :p AND global_index <= :now"
                    + " AND (valid_at < :end OR (kind = 'KPI_CORRECTION' AND previous_date <= :asOf))"
                    + " ORDER BY global_index, kind")
            .params(params)
            .query(
                (rs, n) ->
                    new LateEntry(
                        rs.getLong("global_index"),
                        rs.getString("kind"),
                        blankToNull(rs.getString("item_id")),
                        Times.instant(rs, "recorded_at"),
                        Times.instant(rs, "valid_at"),
                        rs.getString("text_value"),
                        rs.getString("text_value2"),
                        rs.getBigDecimal("number_value"),
                        rs.getBigDecimal("number_value2"),
                        actorsVisible ? rs.getString("actor_id") : null,
                        rs.getString("actor_unit"),
                        rs.getString("reason")))
            .list();
    return Optional.of(new Corrections(measureId, then, now, differences, late));
  }

  static List<Difference> differences(MeasureState then, MeasureState now) {
    List<Difference> out = new ArrayList<>();
    compare(out, "title", null, then.title(), now.title());
    compare(out, "fieldOfAction", null, then.fieldOfAction(), now.fieldOfAction());
    compare(out, "leadUnit", null, then.leadUnit(), now.leadUnit());
    compare(out, "priority", null, then.priority(), now.priority());
    compare(out, "status", null, then.status(), now.status());
    compare(out, "percentComplete", null, then.percentComplete(), now.percentComplete());
    compare(out, "health", null, then.health(), now.health());
    Map<String, MilestoneView> before = byId(then.milestones(), MilestoneView::id);
    for (MilestoneView m : now.milestones()) {
      MilestoneView b = before.get(m.id());
      compare(out, "milestone.dueDate", m.id(), b == null ? null : b.dueDate(), m.dueDate());
      compare(out, "milestone.reachedOn", m.id(), b == null ? null : b.reachedOn(), m.reachedOn());
      compare(out, "milestone.dropped", m.id(), b == null ? null : b.dropped(), m.dropped());
    }
    Map<String, KpiView> kpisBefore = byId(then.kpis(), KpiView::id);
    for (KpiView k : now.kpis()) {
      KpiView b = kpisBefore.get(k.id());
      compare(out, "kpi.latestValue", k.id(), b == null ? null : b.latestValue(), k.latestValue());
      compare(
          out,
          "kpi.latestObservedOn",
          k.id(),
          b == null ? null : b.latestObservedOn(),
          k.latestObservedOn());
      compare(out, "kpi.target", k.id(), b == null ? null : b.target(), k.target());
      compare(out, "kpi.onTrack", k.id(), b == null ? null : b.onTrack(), k.onTrack());
    }
    return out;
  }

  private static void compare(
      List<Difference> out, String field, String item, Object then, Object now) {
    String a = text(then);
    String b = text(now);
    if (!Objects.equals(a, b)) {
      out.add(new Difference(field, item, a, b));
    }
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value instanceof LocalDate || value != null ? String.valueOf(value) : null;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
