package org.strategytracker.query.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.query.kpi.KpiSeries.Correction;
import org.strategytracker.query.kpi.KpiSeries.Point;

/** Reads a KPI's series, corrected and as first recorded, from the KPI views. */
@Component
public class KpiSeriesQueries {

  private final JdbcClient jdbc;

  KpiSeriesQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<KpiSeries> series(String measureId, String kpiId) {
    return jdbc.sql("SELECT * FROM kpi_definition WHERE measure_id = ? AND kpi_id = ?")
        .params(measureId, kpiId)
        .query((rs, n) -> build(rs, measureId, kpiId))
        .optional();
  }

  private KpiSeries build(ResultSet rs, String measureId, String kpiId) throws SQLException {
    KpiDirection direction = KpiDirection.valueOf(rs.getString("direction"));
    BigDecimal baseline = rs.getBigDecimal("baseline");
    BigDecimal target = rs.getBigDecimal("target");
    LocalDate targetDate = rs.getObject("target_date", LocalDate.class);
    LocalDate definedOn = rs.getObject("defined_on", LocalDate.class);
    List<Point> corrected = new ArrayList<>();
    List<Point> first = new ArrayList<>();
    jdbc.sql("SELECT * FROM kpi_value WHERE measure_id = ? AND kpi_id = ?")
        .params(measureId, kpiId)
        .query(
            (ResultSet row) -> {
              Instant recordedAt = instant(row, "recorded_at");
              corrected.add(
                  new Point(
                      row.getString("value_id"),
                      row.getObject("observed_on", LocalDate.class),
                      row.getBigDecimal("value"),
                      recordedAt,
                      instant(row, "corrected_at"),
                      null,
                      null));
              first.add(
                  new Point(
                      row.getString("value_id"),
                      row.getObject("first_observed_on", LocalDate.class),
                      row.getBigDecimal("first_value"),
                      recordedAt,
                      null,
                      null,
                      null));
            });
    List<Correction> corrections =
        jdbc.sql(
                "SELECT * FROM kpi_correction WHERE measure_id = ? AND kpi_id = ?"
                    + " ORDER BY corrected_at, event_id")
            .params(measureId, kpiId)
            .query(
                (row, n) ->
                    new Correction(
                        row.getString("value_id"),
                        row.getBigDecimal("previous_value"),
                        row.getBigDecimal("value"),
                        row.getObject("previous_observed_on", LocalDate.class),
                        row.getObject("observed_on", LocalDate.class),
                        instant(row, "corrected_at"),
                        row.getString("reason")))
            .list();
    return new KpiSeries(
        measureId,
        kpiId,
        rs.getString("name"),
        rs.getString("unit"),
        direction.name(),
        baseline,
        target,
        targetDate,
        definedOn,
        judged(corrected, direction, baseline, definedOn, target, targetDate),
        judged(first, direction, baseline, definedOn, target, targetDate),
        corrections);
  }

  private static List<Point> judged(
      List<Point> points,
      KpiDirection direction,
      BigDecimal baseline,
      LocalDate definedOn,
      BigDecimal target,
      LocalDate targetDate) {
    List<Point> sorted =
        points.stream()
            .sorted(Comparator.comparing(Point::observedOn).thenComparing(Point::valueId))
            .toList();
    if (sorted.isEmpty()) {
      return sorted;
    }
    Point firstPoint = sorted.get(0);
    KpiPath path =
        KpiPath.of(
            direction,
            baseline,
            definedOn,
            firstPoint.value(),
            firstPoint.observedOn(),
            target,
            targetDate);
    return sorted.stream()
        .map(
            p ->
                new Point(
                    p.valueId(),
                    p.observedOn(),
                    p.value(),
                    p.recordedAt(),
                    p.correctedAt(),
                    target == null || targetDate == null ? null : path.expectedOn(p.observedOn()),
                    path.onTrack(p.value(), p.observedOn())))
        .toList();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
