package org.strategytracker.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated history keeps the write load's number of measures and gives each a long, valid
 * event stream: contiguous sequence numbers, fresh KPI value ids, times from 2020 on.
 */
class HistoryGeneratorTest {

  static EmbeddedPostgres postgres;
  static String jdbcUrl;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          Files.readString(
              Path.of("../platform/src/main/resources/db/platform/V1__event_store.sql")));
      for (int measure = 0; measure < 3; measure++) {
        String id = "bench-" + measure;
        insert(
            connection, id, 0, "MeasureRegistered", "{\"measureId\":{\"value\":\"" + id + "\"}}");
        for (int report = 1; report <= 4; report++) {
          insert(
              connection,
              id,
              report * 2 - 1,
              "KpiValueRecorded",
              "{\"measureId\":{\"value\":\""
                  + id
                  + "\"},\"valueId\":{\"value\":\"v"
                  + report
                  + "\"},\"value\":"
                  + report
                  + "}");
          insert(
              connection,
              id,
              report * 2,
              "ProgressReported",
              "{\"measureId\":{\"value\":\"" + id + "\"},\"percentComplete\":" + report + "}");
        }
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void growsTheHistoryOfAsManyMeasuresAsTheWriteLoadHad() throws Exception {
    new HistoryGenerator(jdbcUrl, 200).growTo(200);

    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      assertThat(single(statement, "SELECT count(*) FROM domain_event_entry")).isEqualTo(200);
      assertThat(
              strings(
                  statement,
                  "SELECT DISTINCT aggregate_identifier FROM domain_event_entry ORDER BY 1"))
          .containsExactly(
              "bench-0", "bench-1", "bench-2", "c1-bench-0", "c1-bench-1", "c1-bench-2");
      assertThat(
              single(
                  statement,
                  "SELECT count(*) FROM (SELECT aggregate_identifier FROM domain_event_entry"
                      + " GROUP BY aggregate_identifier"
                      + " HAVING max(sequence_number) + 1 <> count(*) OR min(sequence_number) <> 0) gaps"))
          .as("every stream numbered 0, 1, 2, … without gaps")
          .isZero();
      assertThat(
              single(
                  statement,
                  "SELECT count(*) FROM domain_event_entry"
                      + " WHERE aggregate_identifier LIKE 'c1-%'"
                      + " AND convert_from(payload, 'UTF8') NOT LIKE '%\"c1-bench-%'"))
          .as("copies name their own measure")
          .isZero();
      List<String> valueIds =
          strings(
              statement,
              "SELECT substring(convert_from(payload, 'UTF8') from '\"valueId\":\\{\"value\":\"([^\"]+)\"')"
                  + " FROM domain_event_entry WHERE aggregate_identifier = 'c1-bench-0'"
                  + " AND payload_type LIKE '%KpiValueRecorded'");
      assertThat(valueIds).hasSizeGreaterThan(4).doesNotHaveDuplicates();
      assertThat(
              strings(
                  statement,
                  "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier LIKE 'c1-%'"
                      + " ORDER BY global_index"))
          .isSorted()
          .allMatch(time -> time.compareTo("2020-01-01") > 0 && time.compareTo("2026-01-02") < 0);
    }
  }

  private static void insert(
      Connection connection, String measure, int sequence, String type, String payload)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
                + " meta_data) VALUES (gen_random_uuid()::text, ?, ?, 'Measure',"
                + " '2026-11-28T10:00:00.000Z', ?, '1', convert_to(?, 'UTF8'), NULL)")) {
      insert.setString(1, measure);
      insert.setInt(2, sequence);
      insert.setString(3, "org.strategytracker.events.measure." + type);
      insert.setString(4, payload);
      insert.executeUpdate();
    }
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Statement statement, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
