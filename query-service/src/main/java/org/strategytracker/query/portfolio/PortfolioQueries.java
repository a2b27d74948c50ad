package org.strategytracker.query.portfolio;

import static org.strategytracker.query.projection.Times.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;
import org.strategytracker.query.portfolio.MeasureDetail.PeriodView;
import org.strategytracker.query.portfolio.MeasureDetail.ProgressView;
import org.strategytracker.query.projection.CityToday;

/** Answers the portfolio's questions from its views. */
@Component
public class PortfolioQueries {

  private static final String OVERDUE =
      "(SELECT count(*) FROM portfolio_milestone ms WHERE ms.measure_id = m.measure_id"
          + " AND ms.due_date < :today AND ms.reached_on IS NULL AND NOT ms.dropped)";

  private final JdbcClient jdbc;
  private final CityToday today;

  public PortfolioQueries(JdbcClient jdbc, CityToday today) {
    this.jdbc = jdbc;
    this.today = today;
  }

  public MeasurePage list(MeasureListQuery query) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    params.put("today", today.date());
    if (query.status() != null) {
      where.append(" AND status = :status");
      params.put("status", query.status().name());
    }
    if (query.priority() != null) {
      where.append(" AND priority = :priority");
      params.put("priority", query.priority());
    }
    if (query.fieldOfAction() != null) {
      where.append(" AND lower(field_of_action) = lower(:field)");
      params.put("field", query.fieldOfAction());
    }
    if (query.leadUnit() != null) {
      where.append(" AND (lead_unit = :unit OR lead_unit LIKE :unit || '/%')");
      params.put("unit", query.leadUnit().code());
    }
    if (query.health() != null) {
      where.append(" AND health = :health");
      params.put("health", query.health().name());
    }
    if (query.progress() != null) {
      where.append(" AND ").append(query.progress().sql());
    }
    if (query.text() != null) {
      where.append(
          " AND (title ILIKE :text OR coalesce(description, '') ILIKE :text OR field_of_action ILIKE :text)");
      params.put(
          "text",
          "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    long total =
        jdbc.sql("SELECT count(*) FROM portfolio_measure m" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<MeasureSummary> items =
        jdbc.sql(
                "SELECT m.*, "
                    + OVERDUE
                    + " AS overdue FROM portfolio_measure m"
                    + where
                    + " ORDER BY "
                    + query.orderBy()
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(
                (rs, n) ->
                    new MeasureSummary(
                        rs.getString("measure_id"),
                        rs.getString("title"),
                        rs.getString("field_of_action"),
                        rs.getString("lead_unit"),
                        rs.getInt("priority"),
                        rs.getString("status"),
                        rs.getObject("percent_complete", Integer.class),
                        rs.getString("health"),
                        rs.getInt("overdue"),
                        instant(rs, "last_update"),
                        rs.getLong("version")))
            .list();
    return new MeasurePage(items, query.page(), query.size(), total);
  }

  /** The version of a measure the portfolio holds, 0 when it holds none. */
  public long version(String measureId) {
    return jdbc.sql("SELECT version FROM portfolio_measure WHERE measure_id = ?")
        .param(measureId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  public Optional<MeasureDetail> detail(String measureId) {
    return jdbc.sql("SELECT * FROM portfolio_measure WHERE measure_id = ?")
        .param(measureId)
        .query(
            (rs, n) ->
                new MeasureDetail(
                    rs.getString("measure_id"),
                    rs.getString("title"),
                    rs.getString("field_of_action"),
                    rs.getString("description"),
                    rs.getString("measurability"),
                    rs.getString("lead_unit"),
                    CollaboratorText.read(rs.getString("collaborators")),
                    rs.getInt("priority"),
                    rs.getString("status"),
                    new PeriodView(
                        rs.getString("period_text"),
                        rs.getString("period_kind"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class)),
                    new ProgressView(
                        rs.getObject("percent_complete", Integer.class),
                        rs.getString("health"),
                        rs.getString("progress_comment"),
                        instant(rs, "progress_reported_at")),
                    milestones(measureId),
                    kpis(measureId),
                    instant(rs, "registered_at"),
                    instant(rs, "last_update"),
                    rs.getLong("version")))
        .optional();
  }

  private List<MilestoneView> milestones(String measureId) {
    LocalDate day = today.date();
    return jdbc.sql(
            "SELECT * FROM portfolio_milestone WHERE measure_id = ? ORDER BY due_date, milestone_id")
        .param(measureId)
        .query((rs, n) -> MilestoneRows.view(rs, "milestone_id", day))
        .list();
  }

  private List<KpiView> kpis(String measureId) {
    return kpiStandings(measureId).stream().map(KpiStanding::kpi).toList();
  }

  /** Every KPI of every measure with its latest value and whether it is on track. */
  public List<KpiStanding> kpiStandings() {
    return kpiStandings(null);
  }

  private List<KpiStanding> kpiStandings(String measureId) {
    List<KpiStanding> kpis = new ArrayList<>();
    jdbc.sql(
            "SELECT k.*, latest.value AS latest_value, latest.observed_on AS latest_observed_on,"
                + " first.value AS first_value, first.observed_on AS first_observed_on FROM portfolio_kpi k"
                + " LEFT JOIN LATERAL (SELECT value, observed_on FROM portfolio_kpi_value v WHERE v.measure_id = k.measure_id"
                + "  AND v.kpi_id = k.kpi_id ORDER BY observed_on DESC, value_id DESC LIMIT 1) latest ON TRUE"
                + " LEFT JOIN LATERAL (SELECT value, observed_on FROM portfolio_kpi_value v WHERE v.measure_id = k.measure_id"
                + "  AND v.kpi_id = k.kpi_id ORDER BY observed_on ASC, value_id ASC LIMIT 1) first ON TRUE"
                + " WHERE (CAST(:measure AS VARCHAR) IS NULL OR k.measure_id = :measure) ORDER BY k.measure_id, k.name, k.kpi_id")
        .param("measure", measureId)
        .query(
            (ResultSet rs) -> {
              kpis.add(new KpiStanding(rs.getString("measure_id"), kpi(rs)));
            });
    return kpis;
  }

  private static KpiView kpi(ResultSet rs) throws SQLException {
    return KpiRows.view(rs, "kpi_id");
  }
}
