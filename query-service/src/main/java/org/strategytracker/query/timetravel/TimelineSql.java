package org.strategytracker.query.timetravel;

/**
 * SQL fragments of the as-of queries. Every fact is bounded twice: valid before the end of the
 * as-of day ({@code :end}) and known at the basis position ({@code :p}). The latest fact of a kind
 * is one backward probe of the index (measure_id, kind, item_id, valid_at, global_index).
 */
final class TimelineSql {

  private TimelineSql() {}

  static final String KNOWN = " global_index <= :p ";

  /**
   * The latest fact of {@code kind} about the row {@code outer} (its measure and item) before
   * {@code :end}.
   */
  static String latest(String kind, String outer, String item, String columns) {
    return "(SELECT "
        + columns
        + " FROM timeline_fact f WHERE f.measure_id = "
        + outer
        + ".measure_id"
        + " AND f.kind = '"
        + kind
        + "' AND f.item_id = "
        + item
        + " AND f.valid_at < :end AND f.global_index <= :p"
        + " ORDER BY f.valid_at DESC, f.global_index DESC LIMIT 1)";
  }

  static final String MEASURES =
      "SELECT r.measure_id, r.recorded_at AS registered_at, d.text_value AS title,"
          + " d.text_value2 AS field_of_action, lu.text_value AS lead_unit, pr.number_value AS priority,"
          + " st.text_value AS status, pe.text_value AS period_text, pg.number_value AS percent_complete,"
          + " pg.text_value AS health, pg.text_value2 AS progress_comment, pg.recorded_at AS progress_reported_at,"
          + " lst.recorded_at AS last_update, lst.sequence_number AS last_sequence"
          + " FROM timeline_fact r"
          + " CROSS JOIN LATERAL "
          + latest("DETAILS", "r", "''", "text_value, text_value2")
          + " d"
          + " CROSS JOIN LATERAL "
          + latest("LEAD_UNIT", "r", "''", "text_value")
          + " lu"
          + " CROSS JOIN LATERAL "
          + latest("PRIORITY", "r", "''", "number_value")
          + " pr"
          + " CROSS JOIN LATERAL "
          + latest("STATUS", "r", "''", "text_value")
          + " st"
          + " CROSS JOIN LATERAL "
          + latest("PERIOD", "r", "''", "text_value")
          + " pe"
          + " LEFT JOIN LATERAL "
          + latest("PROGRESS", "r", "''", "number_value, text_value, text_value2, recorded_at")
          + " pg ON TRUE"
          + " CROSS JOIN LATERAL (SELECT f.recorded_at, f.sequence_number FROM timeline_fact f"
          + "  WHERE f.measure_id = r.measure_id AND f.recorded_at < :end AND f.global_index <= :p"
          + "  ORDER BY f.recorded_at DESC, f.global_index DESC LIMIT 1) lst"
          + " WHERE r.kind = 'REGISTERED' AND r.valid_at < :end AND r.global_index <= :p"
          + " AND (CAST(:measure AS VARCHAR) IS NULL OR r.measure_id = :measure)";

  static final String MILESTONES =
      "SELECT ms.measure_id, ms.item_id, ms.text_value AS title,"
          + " ms.date_value AS planned_due_date, due.date_value AS due_date, reached.date_value AS reached_on,"
          + " dropped.global_index IS NOT NULL AS dropped, due.number_value AS times_slipped"
          + " FROM timeline_fact ms"
          + " CROSS JOIN LATERAL "
          + latest("MILESTONE_DUE", "ms", "ms.item_id", "date_value, number_value")
          + " due"
          + " LEFT JOIN LATERAL "
          + latest("MILESTONE_REACHED", "ms", "ms.item_id", "date_value")
          + " reached ON TRUE"
          + " LEFT JOIN LATERAL "
          + latest("MILESTONE_DROPPED", "ms", "ms.item_id", "global_index")
          + " dropped ON TRUE"
          + " WHERE ms.kind = 'MILESTONE' AND ms.valid_at < :end AND ms.global_index <= :p"
          + " AND (CAST(:measure AS VARCHAR) IS NULL OR ms.measure_id = :measure)"
          + " ORDER BY ms.measure_id, due.date_value, ms.item_id";

  /**
   * KPI values known at {@code :p}: recorded by then and not superseded by a correction known by
   * then.
   */
  static final String KNOWN_VALUE =
      " v.global_index <= :p AND (v.superseded_by IS NULL OR v.superseded_by > :p) ";

  static final String KPIS =
      "SELECT k.measure_id, k.item_id, k.text_value AS name, k.text_value2 AS direction,"
          + " k.note AS unit, k.number_value2 AS baseline, CAST(k.valid_at AT TIME ZONE :zone AS DATE) AS defined_on,"
          + " tg.number_value AS target, tg.date_value AS target_date, latest.value AS latest_value,"
          + " latest.observed_on AS latest_observed_on, first.value AS first_value, first.observed_on AS first_observed_on"
          + " FROM timeline_fact k"
          + " CROSS JOIN LATERAL "
          + latest("KPI_TARGET", "k", "k.item_id", "number_value, date_value")
          + " tg"
          + " LEFT JOIN LATERAL (SELECT value, observed_on FROM timeline_kpi_value v WHERE v.measure_id = k.measure_id"
          + "  AND v.kpi_id = k.item_id AND v.observed_on <= :asOf AND"
          + KNOWN_VALUE
          + "  ORDER BY v.observed_on DESC, v.value_id DESC LIMIT 1) latest ON TRUE"
          + " LEFT JOIN LATERAL (SELECT value, observed_on FROM timeline_kpi_value v WHERE v.measure_id = k.measure_id"
          + "  AND v.kpi_id = k.item_id AND v.observed_on <= :asOf AND"
          + KNOWN_VALUE
          + "  ORDER BY v.observed_on ASC, v.value_id ASC LIMIT 1) first ON TRUE"
          + " WHERE k.kind = 'KPI' AND k.valid_at < :end AND k.global_index <= :p"
          + " AND (CAST(:measure AS VARCHAR) IS NULL OR k.measure_id = :measure)"
          + " ORDER BY k.measure_id, k.text_value, k.item_id";
}
