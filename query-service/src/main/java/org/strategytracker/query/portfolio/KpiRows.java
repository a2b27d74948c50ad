package org.strategytracker.query.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.query.kpi.KpiPath;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;

/**
 * Reads a KPI row — of the live portfolio or of a past state — into its answer, with the on-track
 * judgement against the straight path from baseline to target.
 */
public final class KpiRows {

  private KpiRows() {}

  /** The KPI in the current row; {@code idColumn} names the column that holds the KPI's id. */
  public static KpiView view(ResultSet rs, String idColumn) throws SQLException {
    KpiDirection direction = KpiDirection.valueOf(rs.getString("direction"));
    BigDecimal baseline = rs.getBigDecimal("baseline");
    BigDecimal target = rs.getBigDecimal("target");
    LocalDate targetDate = rs.getObject("target_date", LocalDate.class);
    BigDecimal latest = rs.getBigDecimal("latest_value");
    LocalDate latestOn = rs.getObject("latest_observed_on", LocalDate.class);
    KpiPath path =
        KpiPath.of(
            direction,
            baseline,
            rs.getObject("defined_on", LocalDate.class),
            rs.getBigDecimal("first_value"),
            rs.getObject("first_observed_on", LocalDate.class),
            target,
            targetDate);
    return new KpiView(
        rs.getString(idColumn),
        rs.getString("name"),
        rs.getString("unit"),
        direction.name(),
        baseline,
        target,
        targetDate,
        latest,
        latestOn,
        path.onTrack(latest, latestOn));
  }
}
