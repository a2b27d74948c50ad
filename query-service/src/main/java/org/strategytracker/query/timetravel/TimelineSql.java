package org.strategytracker.query.timetravel;

/**
 * SQL of the as-of queries. Every fact is bounded twice: valid before the end of the as-of day
 * ({@code :end}) and known at the basis position ({@code :p}). The latest fact of a kind is one
 * backward index probe, in one of two orders that give the same answer, because a measure's events
 * are recorded in the order of their positions and, for the kinds probed so, valid from the moment
 * they were recorded:
 *
 * <ul>
 *   <li>by valid time, on (measure_id, kind, item_id, valid_at, global_index), when the position
 *       was recorded after the end of the day: the probe starts at the end of the day and steps
 *       over the few facts recorded after the position;
 *   <li>by position, on (measure_id, kind, item_id, global_index), when the position was recorded
 *       before the end of the day ("as known on 15 July"): the probe starts at the position instead
 *       of stepping over everything recorded between it and the end of the day.
 * </ul>
 *
 * Milestones reached or dropped are rare, so they are read in one scan instead of two probes per
 * milestone.
 */
final class TimelineSql {

  private TimelineSql() {}

  /** The statements for one basis: {@code byPosition} when the position binds (see above). */
  record Statements(String measures, String milestones, String kpis) {}

  static final Statements BY_VALID_TIME = statements(false);
  static final Statements BY_POSITION = statements(true);

  private static final String ONE_OR_ALL =
      " AND (CAST(:measure AS VARCHAR) IS NULL OR %s.measure_id = :measure)";

  /**
   * The latest fact of {@code kind} about the row {@code outer} (its measure and item) before
   * {@code :end}, known at {@code :p}.
   */
  static String latest(String kind, String outer, String item, String columns, boolean byPosition) {
    return "(SELECT "
        + columns
        + " FROM timeline_fact f WHERE f.measure_id = "
        + outer
        + ".measure_id AND f.kind = '"
        + kind
        + "' AND f.item_id = "
        + item
        + " AND f.valid_at < :end AND f.global_index <= :p ORDER BY "
        + newestFirst("f.valid_at", byPosition)
        + " LIMIT 1)";
  }

  /**
   * The latest measure-level fact of {@code kind}, joined as {@code alias}; every measure has one.
   */
  private static String required(String kind, String columns, String alias, boolean byPosition) {
    return " CROSS JOIN LATERAL " + latest(kind, "r", "''", columns, byPosition) + " " + alias;
  }

  /** Like {@link #required}, for a kind a measure may not have yet (its columns then null). */
  private static String optional(String kind, String columns, String alias, boolean byPosition) {
    return " LEFT JOIN LATERAL "
        + latest(kind, "r", "''", columns, byPosition)
        + " "
        + alias
        + " ON TRUE";
  }

  /** Newest first by position or by {@code time}, position breaking ties. */
  private static String newestFirst(String time, boolean byPosition) {
    return byPosition ? "f.global_index DESC" : time + " DESC, f.global_index DESC";
  }

  private static Statements statements(boolean byPosition) {
    return new Statements(measures(byPosition), milestones(byPosition), kpis(byPosition));
  }

  private static String measures(boolean p) {
    return "SELECT r.measure_id, r.recorded_at AS registered_at, d.text_value AS title,"
        + " d.text_value2 AS field_of_action, lu.text_value AS lead_unit, pr.number_value AS priority,"
        + " st.text_value AS status, pe.text_value AS period_text, pe.text_value2 AS period_kind,"
        + " pe.date_value AS period_start, pe.previous_date AS period_end, pg.number_value AS percent_complete,"
        + " pg.text_value AS health, pg.text_value2 AS progress_comment, pg.recorded_at AS progress_reported_at,"
        + " lst.recorded_at AS last_update, lst.sequence_number AS last_sequence,"
        + " ds.text_value AS description, ds.text_value2 AS measurability"
        + " FROM timeline_fact r"
        + required("DETAILS", "text_value, text_value2", "d", p)
        + required("LEAD_UNIT", "text_value", "lu", p)
        + required("PRIORITY", "number_value", "pr", p)
        + required("STATUS", "text_value", "st", p)
        + required("PERIOD", "text_value, text_value2, date_value, previous_date", "pe", p)
        + optional("DESCRIPTION", "text_value, text_value2", "ds", p)
        + optional("PROGRESS", "number_value, text_value, text_value2, recorded_at", "pg", p)
        + " CROSS JOIN LATERAL (SELECT f.recorded_at, f.sequence_number FROM timeline_fact f"
        + "  WHERE f.measure_id = r.measure_id AND f.recorded_at < :end AND f.global_index <= :p ORDER BY "
        + newestFirst("f.recorded_at", p)
        + "  LIMIT 1) lst"
        + " WHERE r.kind = 'REGISTERED' AND r.valid_at < :end AND r.global_index <= :p"
        + ONE_OR_ALL.formatted("r")
        + " ORDER BY r.measure_id";
  }

  private static String milestones(boolean p) {
    return "SELECT ms.measure_id, ms.item_id, ms.text_value AS title,"
        + " ms.date_value AS planned_due_date, due.date_value AS due_date, ends.reached_on,"
        + " coalesce(ends.dropped, FALSE) AS dropped, due.number_value AS times_slipped"
        + " FROM timeline_fact ms"
        + " CROSS JOIN LATERAL "
        + latest("MILESTONE_DUE", "ms", "ms.item_id", "date_value, number_value", p)
        + " due LEFT JOIN (SELECT e.measure_id, e.item_id, (array_agg(e.date_value"
        + "   ORDER BY e.valid_at DESC, e.global_index DESC) FILTER (WHERE e.kind = 'MILESTONE_REACHED'))[1] AS reached_on,"
        + "   bool_or(e.kind = 'MILESTONE_DROPPED') AS dropped"
        + "  FROM timeline_fact e WHERE e.kind IN ('MILESTONE_REACHED', 'MILESTONE_DROPPED')"
        + "  AND e.valid_at < :end AND e.global_index <= :p"
        + ONE_OR_ALL.formatted("e")
        + "  GROUP BY e.measure_id, e.item_id) ends"
        + " ON ends.measure_id = ms.measure_id AND ends.item_id = ms.item_id"
        + " WHERE ms.kind = 'MILESTONE' AND ms.valid_at < :end AND ms.global_index <= :p"
        + ONE_OR_ALL.formatted("ms")
        + " ORDER BY ms.measure_id, due.date_value, ms.item_id";
  }

  /**
   * KPI values known at {@code :p}: recorded by then and not superseded by a correction known by
   * then.
   */
  static final String KNOWN_VALUE =
      " v.global_index <= :p AND (v.superseded_by IS NULL OR v.superseded_by > :p) ";

  private static String kpis(boolean p) {
    return "SELECT k.measure_id, k.item_id, k.text_value AS name, k.text_value2 AS direction,"
        + " k.note AS unit, k.number_value2 AS baseline, CAST(k.valid_at AT TIME ZONE :zone AS DATE) AS defined_on,"
        + " tg.number_value AS target, tg.date_value AS target_date, latest.value AS latest_value,"
        + " latest.observed_on AS latest_observed_on, first.value AS first_value, first.observed_on AS first_observed_on"
        + " FROM timeline_fact k"
        + " CROSS JOIN LATERAL "
        + latest("KPI_TARGET", "k", "k.item_id", "number_value, date_value", p)
        + " tg LEFT JOIN LATERAL (SELECT value, observed_on FROM timeline_kpi_value v WHERE v.measure_id = k.measure_id"
        + "  AND v.kpi_id = k.item_id AND v.observed_on <= :asOf AND"
        + KNOWN_VALUE
        + "  ORDER BY v.observed_on DESC, v.value_id DESC LIMIT 1) latest ON TRUE"
        + " LEFT JOIN LATERAL (SELECT value, observed_on FROM timeline_kpi_value v WHERE v.measure_id = k.measure_id"
        + "  AND v.kpi_id = k.item_id AND v.observed_on <= :asOf AND"
        + KNOWN_VALUE
        + "  ORDER BY v.observed_on ASC, v.value_id ASC LIMIT 1) first ON TRUE"
        + " WHERE k.kind = 'KPI' AND k.valid_at < :end AND k.global_index <= :p"
        + ONE_OR_ALL.formatted("k")
        + " ORDER BY k.measure_id, k.text_value, k.item_id";
  }

  /**
   * The collaborator facts of the measures, in the order they were recorded: the list at
   * registration, then each addition and removal ({@link PastCollaborators}).
   */
  static final String COLLABORATORS =
      "SELECT measure_id, kind, text_value, text_value2 FROM timeline_fact"
          + " WHERE kind IN ('COLLABORATORS', 'COLLABORATOR_ADDED', 'COLLABORATOR_REMOVED')"
          + " AND valid_at < :end AND global_index <= :p"
          + " AND (CAST(:measure AS VARCHAR) IS NULL OR measure_id = :measure)"
          + " ORDER BY measure_id, global_index";
}
