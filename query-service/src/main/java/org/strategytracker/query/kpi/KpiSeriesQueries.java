package org.strategytracker.query.kpi;

import static org.strategytracker.query.projection.Times.instant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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
    String direction = rs.getString("direction");
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
            direction,
            baseline,
            target,
            targetDate,
            definedOn,
            corrected,
            first,
            corrections)
        .judged();
  }
}
