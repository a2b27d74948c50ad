package org.strategytracker.query.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.Tables;

/**
 * Secondary indexes of a rebuild's tables: dropped when the tables are created (a row-by-row
 * maintained index costs far more than one built over the full table) and built again before the
 * switch. What is missing is found by comparing with the live generation's indexes, so an instance
 * that takes over an interrupted rebuild builds the same ones without knowing what was dropped.
 */
final class RebuildIndexes {

  private final JdbcClient jdbc;

  RebuildIndexes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Drops the indexes the projection's handlers do not need while they write. */
  void defer(ProjectionDefinition projection, Tables next) {
    projection
        .writeIndexes()
        .forEach(
            (table, kept) ->
                secondary(next.of(table))
                    .forEach(
                        (index, definition) -> {
                          if (kept.stream()
                              .noneMatch(key -> definition.startsWith("USING btree " + key))) {
                            jdbc.sql("DROP INDEX " + index).update();
                          }
                        }));
  }

  /** Builds every index the live tables have and the new ones lack, then updates statistics. */
  void complete(ProjectionDefinition projection, Tables live, Tables next) {
    for (String table : projection.tables()) {
      var present = secondary(next.of(table)).values();
      for (String definition : secondary(live.of(table)).values()) {
        if (!present.contains(definition)) {
          jdbc.sql("CREATE INDEX ON " + next.of(table) + " " + definition).update();
        }
      }
      jdbc.sql("ANALYZE " + next.of(table)).update();
    }
  }

  /** Non-unique indexes by name, each with its definition from {@code USING} on. */
  private Map<String, String> secondary(String table) {
    Map<String, String> indexes = new LinkedHashMap<>();
    List<String[]> rows =
        jdbc.sql(
                "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index"
                    + " WHERE indrelid = to_regclass(?) AND NOT indisunique")
            .param(table)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    for (String[] row : rows) {
      indexes.put(row[0], row[1].substring(row[1].indexOf(" USING ") + 1));
    }
    return indexes;
  }
}
