package org.strategytracker.query.timetravel;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.platform.database.SchemaMigration;
import org.strategytracker.query.projection.CityToday;

/**
 * A probe program, not a test: how long the whole-portfolio as-of state takes for 1,000 measures
 * and 1,000,000 positions, for early, middle and late dates, known now and known at a past
 * position, asked the first time (cold) and again (warm, median of five). It times the same {@link
 * AsOfQueries} the API uses, and each of its statements on its own. How to run it:
 * docs/time-travel.md.
 */
public final class TimeTravelProbe {

  static final ZoneId CITY = ZoneId.of("Europe/Berlin");
  static final long HEAD = 999_999;
  static final int REPETITIONS = 5;

  private TimeTravelProbe() {}

  /**
   * {@code args[0]}: the data directory, kept between runs (default target/time-travel-probe); with
   * {@code args[1]} a day and {@code args[2]} a position, prints the plans for that basis.
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/time-travel-probe");
    try (EmbeddedDatabase server = EmbeddedDatabase.persistent(directory);
        HikariDataSource dataSource = new HikariDataSource()) {
      dataSource.setJdbcUrl(server.jdbcUrl());
      dataSource.setUsername(server.username());
      dataSource.setPassword(server.password());
      SchemaMigration.forModule(dataSource, "query").migrate();
      JdbcClient jdbc = JdbcClient.create(dataSource);
      if (args.length > 2) {
        explain(
            jdbc,
            new Basis(LocalDate.parse(args[1]), Instant.EPOCH, Long.parseLong(args[2]), HEAD));
      } else {
        run(jdbc);
      }
    }
  }

  private static void run(JdbcClient jdbc) throws IOException {
    long started = System.nanoTime();
    if (jdbc.sql("SELECT count(*) FROM timeline_position").query(Long.class).single() == 0) {
      generate(jdbc);
    }
    System.out.printf(
        "generated %,d facts, %,d KPI value versions in %.0f s%n",
        jdbc.sql("SELECT count(*) FROM timeline_fact").query(Long.class).single(),
        jdbc.sql("SELECT count(*) FROM timeline_kpi_value").query(Long.class).single(),
        (System.nanoTime() - started) / 1e9);
    AsOfQueries queries = new AsOfQueries(jdbc, new CityToday(CITY), null);
    System.out.println(
        "as of       known at        measures milestones  kpis   cold ms  warm ms"
            + "  (measures / milestones / KPIs ms)");
    for (String day : List.of("2021-03-31", "2022-06-30", "2023-06-30", "2025-06-30")) {
      for (long position : List.of(HEAD, 500_000L)) {
        probe(jdbc, queries, LocalDate.parse(day), position);
      }
    }
  }

  /** Fills the timeline with the indexes dropped, then builds them again (much faster). */
  private static void generate(JdbcClient jdbc) throws IOException {
    List<String> indexes =
        jdbc.sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'timeline\\_%'"
                    + " AND indexname NOT LIKE '%pkey'")
            .query((rs, n) -> rs.getString(1) + "\n" + rs.getString(2))
            .list();
    indexes.forEach(index -> jdbc.sql("DROP INDEX " + index.split("\n")[0]).update());
    for (String statement : script().split(";\\s*\\n")) {
      if (!statement.isBlank()) {
        jdbc.sql(statement).update();
      }
    }
    indexes.forEach(index -> jdbc.sql(index.split("\n")[1]).update());
    jdbc.sql("VACUUM ANALYZE").update();
  }

  private static void probe(JdbcClient jdbc, AsOfQueries queries, LocalDate day, long position) {
    Basis basis = new Basis(day, Instant.EPOCH, position, HEAD);
    long cold = System.nanoTime();
    List<MeasureState> states = queries.measures(basis);
    double coldMs = (System.nanoTime() - cold) / 1e6;
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < REPETITIONS; i++) {
      long t = System.nanoTime();
      queries.measures(basis);
      warm.add((System.nanoTime() - t) / 1e6);
    }
    Map<String, Object> params = queries.params(basis, null);
    TimelineSql.Statements sql = queries.statements(basis, params);
    System.out.printf(
        "%s  %-14s %8d %10d %5d %9.0f %8.0f  (%.0f / %.0f / %.0f)%n",
        day,
        position == HEAD ? "now" : "position " + position,
        states.size(),
        states.stream().mapToInt(s -> s.milestones().size()).sum(),
        states.stream().mapToInt(s -> s.kpis().size()).sum(),
        coldMs,
        median(warm),
        statement(jdbc, sql.measures(), params),
        statement(jdbc, sql.milestones(), params),
        statement(jdbc, sql.kpis(), params));
  }

  private static void explain(JdbcClient jdbc, Basis basis) {
    AsOfQueries queries = new AsOfQueries(jdbc, new CityToday(CITY), null);
    Map<String, Object> params = queries.params(basis, null);
    TimelineSql.Statements statements = queries.statements(basis, params);
    for (String sql :
        List.of(
            statements.measures(),
            statements.milestones(),
            statements.kpis(),
            TimelineSql.COLLABORATORS)) {
      jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
          .params(params)
          .query(String.class)
          .list()
          .forEach(System.out::println);
      System.out.println();
    }
  }

  private static double statement(JdbcClient jdbc, String sql, Map<String, Object> params) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < REPETITIONS; i++) {
      long t = System.nanoTime();
      jdbc.sql(sql).params(params).query((rs, n) -> null).list();
      times.add((System.nanoTime() - t) / 1e6);
    }
    return median(times);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String script() throws IOException {
    try (InputStream in =
        TimeTravelProbe.class.getResourceAsStream("/timetravel/probe-timeline.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
