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
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /** The write load's events that may happen to a measure again and again. */
  private static final String REPEATABLE =
      Stream.of("KpiValueRecorded", "ProgressReported", "StatusChanged", "MilestoneRescheduled")
          .map(type -> "'org.strategytracker.events.measure." + type + "'")
          .collect(Collectors.joining(", "));

  private final String jdbcUrl;
  private final long historySize;

  /**
   * {@code historySize}: the largest size the store will grow to, which spans the whole history.
   */
  HistoryGenerator(String jdbcUrl, long historySize) {
    this.jdbcUrl = jdbcUrl;
    this.historySize = historySize;
  }

  /**
   * Grows the store to {@code target} events: the first time, the write load's measures are copied
   * once as {@code c1-…} measures whose history starts on {@link #FIRST_DAY}; from then on, the
   * write load's repeatable events of those measures (KPI values with fresh value ids, progress
   * reports, status changes, reschedules) are appended to the same measures again and again. The
   * number of measures stays that of the write load (1,000 by default, as in a large city strategy)
   * and each gets a long history, rather than a million events becoming a hundred thousand
   * measures.
   */
  void growTo(long target) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      double millisPerEvent =
          (LAST_DAY.toEpochMilli() - FIRST_DAY.toEpochMilli()) / (double) historySize;
      long count = single(statement, "SELECT count(*) FROM domain_event_entry");
      if (count < target
          && single(
                  statement,
                  "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'c1-%'")
              == 0) {
        try (PreparedStatement copy =
            connection.prepareStatement(
                "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                    + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
                    + " meta_data) SELECT gen_random_uuid()::text, 'c1-' || aggregate_identifier,"
                    + " sequence_number, type, "
                    + timestamp()
                    + ", payload_type, payload_revision, convert_to(replace(convert_from(payload,"
                    + " 'UTF8'), '\"bench-', '\"c1-bench-'), 'UTF8'), meta_data"
                    + " FROM domain_event_entry e WHERE "
                    + TEMPLATE
                    + " ORDER BY global_index LIMIT ?")) {
          copy.setLong(1, count);
          copy.setDouble(2, millisPerEvent);
          copy.setLong(3, target - count);
          count += copy.executeUpdate();
        }
      }
      try (PreparedStatement append =
          connection.prepareStatement(
              "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                  + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
                  + " meta_data) SELECT gen_random_uuid()::text, e.aggregate_identifier,"
                  + " last.sequence_number + row_number() OVER (PARTITION BY e.aggregate_identifier"
                  + " ORDER BY e.global_index), e.type, "
                  + timestamp()
                  + ", e.payload_type, e.payload_revision,"
                  + " convert_to(regexp_replace(convert_from(e.payload, 'UTF8'),"
                  + " '(\"valueId\"\\s*:\\s*(\\{\\s*\"value\"\\s*:\\s*)?\")[^\"]*',"
                  + " '\\1' || gen_random_uuid()::text), 'UTF8'), e.meta_data"
                  + " FROM domain_event_entry e JOIN (SELECT aggregate_identifier,"
                  + " max(sequence_number) AS sequence_number FROM domain_event_entry"
                  + " WHERE aggregate_identifier LIKE 'c1-%' GROUP BY aggregate_identifier) last"
                  + " ON last.aggregate_identifier = e.aggregate_identifier"
                  + " WHERE e.aggregate_identifier LIKE 'c1-%' AND e.payload_type IN ("
                  + REPEATABLE
                  + ") ORDER BY e.global_index LIMIT ?")) {
        while (count < target) {
          append.setLong(1, count);
          append.setDouble(2, millisPerEvent);
          append.setLong(3, target - count);
          int added = append.executeUpdate();
          if (added == 0) {
            throw new IllegalStateException(
                "the write load stored no repeatable events to grow the history from");
          }
          count += added;
        }
      }
      statement.execute("ANALYZE domain_event_entry");
    }
  }

  /** The timestamp of the n-th added event (parameters: events before, milliseconds per event). */
  private static String timestamp() {
    return "to_char((timestamptz '2020-01-01 06:00:00+00' + make_interval(secs => ((? +"
        + " row_number() OVER (ORDER BY e.global_index)) * ?) / 1000.0)) AT TIME ZONE 'UTC',"
        + " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
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
