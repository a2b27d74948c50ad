package org.strategytracker.query.operations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where processors are in the event stream, read from {@code token_entry} without claiming anything
 * (the token store's own fetch would claim the segment), and where the stream's head is.
 */
@Component
public class TokenPositions {

  private final JdbcClient jdbc;
  private final Serializer serializer;

  TokenPositions(JdbcClient jdbc, @Qualifier("serializer") Serializer serializer) {
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  /** The global index of the newest event, -1 for an empty store. */
  public long head() {
    return jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }

  /** The position of the segment furthest behind; empty when the processor has no tokens yet. */
  public OptionalLong lowest(String processor) {
    return positions(processor).stream().mapToLong(Long::longValue).min();
  }

  /** The position of the segment furthest ahead; empty when the processor has no tokens yet. */
  public OptionalLong highest(String processor) {
    return positions(processor).stream().mapToLong(Long::longValue).max();
  }

  /** When the first event after {@code position} was stored; empty when there is none. */
  public Optional<Instant> firstEventAfter(long position) {
    return jdbc.sql(
            "SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1")
        .param(position)
        .query(String.class)
        .optional()
        .map(Instant::parse);
  }

  private List<Long> positions(String processor) {
    return jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = ?")
        .param(processor)
        .query((rs, n) -> position(rs.getBytes("token"), rs.getString("token_type")))
        .list();
  }

  private long position(byte[] token, String type) {
    if (token == null || type == null) {
      return -1;
    }
    TrackingToken tracking =
        serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    return tracking == null ? -1 : tracking.position().orElse(-1);
  }
}
