package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.kpi.KpiSeries;
import org.strategytracker.query.kpi.KpiSeries.Correction;
import org.strategytracker.query.kpi.KpiSeries.Point;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.projection.Times;

/**
 * A KPI's series as of a date, as known at a moment: values observed by the as-of date, each in the
 * version known at the basis position, beside the values as first recorded and the corrections
 * known by then.
 */
@Component
class PastKpiSeries {

  private final JdbcClient jdbc;
  private final AsOfQueries asOf;

  PastKpiSeries(JdbcClient jdbc, AsOfQueries asOf) {
    this.jdbc = jdbc;
    this.asOf = asOf;
  }

  private record Version(
      long position,
      String valueId,
      BigDecimal value,
      LocalDate observedOn,
      Instant recordedAt,
      Long supersededBy,
      String reason) {}

  Optional<KpiSeries> series(Basis basis, String measureId, String kpiId) {
    Optional<KpiView> kpi =
        asOf.measure(basis, measureId)
            .flatMap(m -> m.kpis().stream().filter(k -> k.id().equals(kpiId)).findFirst());
    if (kpi.isEmpty()) {
      return Optional.empty();
    }
    LocalDate definedOn =
        jdbc.sql(
                "SELECT CAST(valid_at AT TIME ZONE :zone AS DATE) FROM timeline_fact"
                    + " WHERE measure_id = :measure AND kind = 'KPI' AND item_id = :kpi AND global_index <= :p")
            .params(asOf.params(basis, measureId))
            .param("kpi", kpiId)
            .query(LocalDate.class)
            .single();
    List<Version> versions =
        jdbc.sql(
                "SELECT * FROM timeline_kpi_value WHERE measure_id = ? AND kpi_id = ?"
                    + " AND global_index <= ? ORDER BY global_index")
            .params(measureId, kpiId, basis.position())
            .query(
                (rs, n) ->
                    new Version(
                        rs.getLong("global_index"),
                        rs.getString("value_id"),
                        rs.getBigDecimal("value"),
                        rs.getObject("observed_on", LocalDate.class),
                        Times.instant(rs, "recorded_at"),
                        rs.getObject("superseded_by", Long.class),
                        rs.getString("reason")))
            .list();
    Map<String, Version> first = new HashMap<>();
    List<Correction> corrections = new ArrayList<>();
    List<Point> current = new ArrayList<>();
    for (Version v : versions) {
      Version original = first.putIfAbsent(v.valueId(), v);
      if (original != null) {
        Version previous =
            versions.stream()
                .filter(p -> Long.valueOf(v.position()).equals(p.supersededBy()))
                .findFirst()
                .orElse(original);
        corrections.add(
            new Correction(
                v.valueId(),
                previous.value(),
                v.value(),
                previous.observedOn(),
                v.observedOn(),
                v.recordedAt(),
                v.reason()));
      }
    }
    for (Version v : versions) {
      boolean known = v.supersededBy() == null || v.supersededBy() > basis.position();
      if (known && !v.observedOn().isAfter(basis.asOf())) {
        Version original = first.get(v.valueId());
        current.add(
            new Point(
                v.valueId(),
                v.observedOn(),
                v.value(),
                original.recordedAt(),
                original == v ? null : v.recordedAt(),
                null,
                null));
      }
    }
    List<Point> firstRecorded =
        first.values().stream()
            .filter(v -> !v.observedOn().isAfter(basis.asOf()))
            .map(
                v ->
                    new Point(
                        v.valueId(), v.observedOn(), v.value(), v.recordedAt(), null, null, null))
            .toList();
    KpiView k = kpi.get();
    return Optional.of(
        new KpiSeries(
                measureId,
                kpiId,
                k.name(),
                k.unit(),
                k.direction(),
                k.baseline(),
                k.target(),
                k.targetDate(),
                definedOn,
                current,
                firstRecorded,
                corrections)
            .judged());
  }
}
