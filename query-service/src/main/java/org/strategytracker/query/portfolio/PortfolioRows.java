package org.strategytracker.query.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * Writes of the portfolio projection shared by its handlers. Every write is guarded by the
 * measure's version: an event changes a measure only if it is newer than the row's version, so
 * replays and redeliveries change nothing twice. The guard and the change are one statement, so
 * that the writes can be sent in batches ({@link BatchedWrites}).
 */
final class PortfolioRows {

  private static final String ADVANCE =
      "UPDATE %s SET version = ?, last_update = ? WHERE measure_id = ? AND version < ?";

  private final JdbcClient jdbc;
  private final BatchedWrites writes;

  PortfolioRows(JdbcClient jdbc, BatchedWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** Runs one event's writes so that a failure leaves the batch's transaction usable. */
  void atomically(Runnable writes) {
    this.writes.run(writes);
  }

  void truncate(String table) {
    jdbc.sql("TRUNCATE " + table).update();
  }

  BatchedWrites writes() {
    return writes;
  }

  /** Moves the measure to {@code version} and sets the columns, if the row is older. */
  void change(
      Tables tables,
      MeasureId measure,
      long version,
      Instant at,
      String assignments,
      Object... values) {
    List<Object> params = new ArrayList<>(Arrays.asList(version, Times.utc(at)));
    params.addAll(Arrays.asList(values));
    params.addAll(Arrays.asList(measure.value(), version));
    writes.update(
        "UPDATE "
            + tables.of("portfolio_measure")
            + " SET version = ?, last_update = ?, "
            + assignments
            + " WHERE measure_id = ? AND version < ?",
        params.toArray());
  }

  /**
   * Moves the measure to {@code version}, and if it did, runs {@code statement} on another table:
   * an {@code INSERT … SELECT … FROM advanced} or an {@code UPDATE … WHERE … AND EXISTS (SELECT 1
   * FROM advanced)}.
   */
  void guarded(
      Tables tables,
      MeasureId measure,
      long version,
      Instant at,
      String statement,
      Object... values) {
    List<Object> params =
        new ArrayList<>(Arrays.asList(version, Times.utc(at), measure.value(), version));
    params.addAll(Arrays.asList(values));
    writes.update(
        "WITH advanced AS ("
            + ADVANCE.formatted(tables.of("portfolio_measure"))
            + " RETURNING 1) "
            + statement,
        params.toArray());
  }

  /**
   * Moves the measure to {@code version} at once; false if the row is already there (or absent).
   */
  boolean advance(Tables tables, MeasureId measure, long version, Instant at) {
    return writes.now(
            ADVANCE.formatted(tables.of("portfolio_measure")),
            version,
            Times.utc(at),
            measure.value(),
            version)
        == 1;
  }

  /** Sets the columns at once (inside {@link BatchedWrites#read}, after {@link #advance}). */
  void set(Tables tables, MeasureId measure, String assignments, Object... values) {
    List<Object> params = new ArrayList<>(Arrays.asList(values));
    params.add(measure.value());
    writes.now(
        "UPDATE "
            + tables.of("portfolio_measure")
            + " SET "
            + assignments
            + " WHERE measure_id = ?",
        params.toArray());
  }

  List<Collaborator> collaborators(Tables tables, MeasureId measure) {
    String stored =
        jdbc.sql(
                "SELECT collaborators FROM "
                    + tables.of("portfolio_measure")
                    + " WHERE measure_id = ?")
            .param(measure.value())
            .query(String.class)
            .single();
    return new ArrayList<>(CollaboratorText.read(stored));
  }
}
