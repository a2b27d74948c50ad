package org.strategytracker.query.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.query.projection.Savepoint;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * Writes of the portfolio projection shared by its handlers. {@link #advance} is the idempotency
 * guard: an event changes a measure only if it is newer than the row's version, so replays and
 * redeliveries change nothing twice.
 */
final class PortfolioRows {

  private final JdbcClient jdbc;
  private final Savepoint savepoint;

  PortfolioRows(JdbcClient jdbc, Savepoint savepoint) {
    this.jdbc = jdbc;
    this.savepoint = savepoint;
  }

  /** Runs one event's writes so that a failure leaves the batch's transaction usable. */
  void atomically(Runnable writes) {
    savepoint.run(writes);
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  /** Moves the measure to {@code version}; false if the row is already there (or absent). */
  boolean advance(Tables tables, MeasureId measure, long version, Instant at) {
    return jdbc.sql(
                "UPDATE "
                    + tables.of("portfolio_measure")
                    + " SET version = :version, last_update = :at WHERE measure_id = :id AND version < :version")
            .param("version", version)
            .param("at", Times.utc(at))
            .param("id", measure.value())
            .update()
        == 1;
  }

  void set(Tables tables, MeasureId measure, String assignments, Object... values) {
    var spec =
        jdbc.sql(
            "UPDATE "
                + tables.of("portfolio_measure")
                + " SET "
                + assignments
                + " WHERE measure_id = ?");
    for (Object value : values) {
      spec = spec.param(value);
    }
    spec.param(measure.value()).update();
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
