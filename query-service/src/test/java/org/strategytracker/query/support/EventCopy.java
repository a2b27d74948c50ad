package org.strategytracker.query.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies stored events, row by row with their global index, from one event store to another, as a
 * command side appending one event per transaction would. The target's projections see the same
 * stream as the source's: the same events, identifiers, time stamps and positions.
 */
public final class EventCopy {

  private static final String COLUMNS =
      "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
          + " payload_type, payload_revision, payload, meta_data";

  private final JdbcClient source;
  private final JdbcClient target;

  public EventCopy(JdbcClient source, JdbcClient target) {
    this.source = source;
    this.target = target;
  }

  /** The global indexes of the source's events, in order. */
  public List<Long> positions() {
    return source
        .sql("SELECT global_index FROM domain_event_entry ORDER BY global_index")
        .query(Long.class)
        .list();
  }

  /** Copies one event, in a transaction of its own. */
  public void copy(long globalIndex) {
    Map<String, Object> row =
        source
            .sql("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index = ?")
            .param(globalIndex)
            .query()
            .singleRow();
    target
        .sql(
            "INSERT INTO domain_event_entry ("
                + COLUMNS
                + ") VALUES (:global_index, :event_identifier, :aggregate_identifier,"
                + " :sequence_number, :type, :time_stamp, :payload_type, :payload_revision,"
                + " :payload, :meta_data)")
        .params(row)
        .update();
  }
}
