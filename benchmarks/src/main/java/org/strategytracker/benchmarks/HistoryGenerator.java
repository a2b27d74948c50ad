package org.strategytracker.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows the event store to a given size fast, in exactly the format Axon wrote: the events the
 * write load stored through the API are copied as further measures ({@code c7-bench-12}), with
 * fresh event identifiers, the measure id rewritten in the payload, and timestamps spread over
 * {@link #FIRST_DAY} to {@link #LAST_DAY} in the order of the global index, so the history has an
 * early, a middle and a late part. Also resets the read side, so that the next start of the
 * application replays every projection from the first event.
 */
final class HistoryGenerator {

  static final Instant FIRST_DAY = Instant.parse("2020-01-01T06:00:00Z");
  static final Instant LAST_DAY = Instant.parse("2026-01-01T06:00:00Z");
  private static final String TEMPLATE = "aggregate_identifier LIKE 'bench-%'";

  private final String jdbcUrl;
  private final long historySize;

  /**
   * {@code historySize}: the largest size the store will grow to, which spans the whole history.
   */
  HistoryGenerator(String jdbcUrl, long historySize) {
    this.jdbcUrl = jdbcUrl;
    this.historySize = historySize;
  }

  /** Adds copies of the write load's measures until the store holds {@code target} events. */
  void growTo(long target) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      long templateSize =
          single(statement, "SELECT count(*) FROM domain_event_entry WHERE " + TEMPLATE);
      long round =
          single(
              statement,
              "SELECT count(DISTINCT split_part(aggregate_identifier, '-', 1)) FROM domain_event_entry WHERE aggregate_identifier ~ '^c[0-9]+-bench-'");
      double spanMillis = LAST_DAY.toEpochMilli() - FIRST_DAY.toEpochMilli();
      try (PreparedStatement copy =
          connection.prepareStatement(
              """
          INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
              payload_type, payload_revision, payload, meta_data)
          SELECT gen_random_uuid()::text, ? || aggregate_identifier, sequence_number, type,
              to_char((timestamptz '2020-01-01 06:00:00+00' + make_interval(secs => ((? + row_number() OVER (ORDER BY global_index)) * ?) / 1000.0))
                  AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              payload_type, payload_revision,
              convert_to(replace(convert_from(payload, 'UTF8'), '"bench-', '"' || ? || 'bench-'), 'UTF8'), meta_data
          FROM domain_event_entry WHERE"""
                  + " "
                  + TEMPLATE
                  + " ORDER BY global_index LIMIT ?")) {
        long count = single(statement, "SELECT count(*) FROM domain_event_entry");
        while (count < target) {
          round++;
          String prefix = "c" + round + "-";
          long rows = Math.min(templateSize, target - count);
          copy.setString(1, prefix);
          copy.setLong(2, count);
          copy.setDouble(3, spanMillis / historySize);
          copy.setString(4, prefix);
          copy.setLong(5, rows);
          count += copy.executeUpdate();
        }
      }
      statement.execute("ANALYZE domain_event_entry");
    }
  }

  /**
   * Forgets what the query side has projected: deletes the tokens and dead letters of every
   * projection and empties the live tables behind its views. Only while the application is stopped.
   */
  void resetReadSide() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      List<String> projections = projections(statement);
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          statement.executeQuery(
              """
          SELECT t.table_name FROM information_schema.tables t
          JOIN information_schema.views v ON v.table_schema = t.table_schema AND t.table_name ~ ('^' || v.table_name || '_g[0-9]+$')
          WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'""")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        statement.execute("TRUNCATE " + String.join(", ", tables));
      }
      for (String projection : projections) {
        statement.execute("DELETE FROM token_entry WHERE processor_name = '" + projection + "'");
        statement.execute(
            "DELETE FROM dead_letter_entry WHERE processing_group = '" + projection + "'");
      }
    }
  }

  /** The processing groups of the read side, as the generation table names them. */
  List<String> projections() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      return projections(statement);
    }
  }

  private static List<String> projections(Statement statement) throws SQLException {
    List<String> projections = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT projection FROM projection_generation ORDER BY projection")) {
      while (rs.next()) {
        projections.add(rs.getString(1));
      }
    }
    return projections;
  }

  /** The date of the event at {@code fraction} (0 to 1) of the history. */
  static java.time.LocalDate dayAt(double fraction) {
    long millis =
        FIRST_DAY.toEpochMilli()
            + (long) ((LAST_DAY.toEpochMilli() - FIRST_DAY.toEpochMilli()) * fraction);
    return Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "postgres", "");
  }
}
