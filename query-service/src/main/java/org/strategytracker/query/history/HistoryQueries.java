package org.strategytracker.query.history;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.projection.Times;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers questions about the audit history from its view. */
@Component
public class HistoryQueries {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  HistoryQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public HistoryPage find(HistoryQuery query) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    if (query.measureId() != null) {
      where.append(" AND measure_id = :measure");
      params.put("measure", query.measureId());
    }
    if (query.unit() != null) {
      where.append(" AND (actor_unit = :unit OR actor_unit LIKE :unit || '/%')");
      params.put("unit", query.unit().code());
    }
    if (query.actor() != null) {
      where.append(" AND actor_id = :actor");
      params.put("actor", query.actor());
    }
    if (query.eventType() != null) {
      where.append(" AND event_type = :type");
      params.put("type", query.eventType());
    }
    if (query.from() != null) {
      where.append(" AND occurred_at >= :from");
      params.put("from", Times.utc(query.from()));
    }
    if (query.to() != null) {
      where.append(" AND occurred_at < :to");
      params.put("to", Times.utc(query.to()));
    }
    long total =
        jdbc.sql("SELECT count(*) FROM history_entry" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<HistoryEntry> items =
        jdbc.sql(
                "SELECT * FROM history_entry"
                    + where
                    + " ORDER BY occurred_at DESC, measure_id, sequence_number DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(
                (rs, n) ->
                    new HistoryEntry(
                        rs.getString("event_id"),
                        rs.getString("measure_id"),
                        rs.getLong("sequence_number") + 1,
                        rs.getString("event_type"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_id"),
                        rs.getString("actor_unit"),
                        rs.getString("source"),
                        rs.getString("correlation_id"),
                        rs.getString("reason"),
                        JSON.readValue(
                            rs.getString("changes"), new TypeReference<List<Change>>() {}),
                        rs.getString("summary")))
            .list();
    return new HistoryPage(items, query.page(), query.size(), total);
  }

  public boolean knowsMeasure(String measureId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM history_entry WHERE measure_id = ?)")
        .param(measureId)
        .query(Boolean.class)
        .single();
  }
}
