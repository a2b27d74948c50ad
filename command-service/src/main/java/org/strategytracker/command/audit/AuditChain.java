package org.strategytracker.command.audit;

import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chain table: its head, and appending the next link. */
public class AuditChain {

  /** The hash before the first link. */
  static final byte[] GENESIS = new byte[32];

  private final JdbcClient jdbc;

  public AuditChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The last link, if any event has been chained. */
  public Optional<Head> head() {
    return jdbc.sql(
            "SELECT position, global_index, hash FROM audit_chain ORDER BY position DESC LIMIT 1")
        .query(
            (rs, row) ->
                new Head(rs.getLong(1), rs.getLong(2), HexFormat.of().formatHex(rs.getBytes(3))))
        .optional();
  }

  /** Chains the stored event with this identifier, unless it is chained already. */
  void append(String eventIdentifier) {
    boolean chained =
        jdbc.sql("SELECT count(*) FROM audit_chain WHERE event_identifier = ?")
                .param(eventIdentifier)
                .query(Long.class)
                .single()
            > 0;
    if (chained) {
      return;
    }
    StoredEvent event =
        jdbc.sql(
                "SELECT "
                    + StoredEvent.COLUMNS
                    + " FROM domain_event_entry e WHERE e.event_identifier = ?")
            .param(eventIdentifier)
            .query((rs, row) -> StoredEvent.read(rs))
            .single();
    record Last(long position, byte[] hash) {}
    Last last =
        jdbc.sql("SELECT position, hash FROM audit_chain ORDER BY position DESC LIMIT 1")
            .query((rs, row) -> new Last(rs.getLong(1), rs.getBytes(2)))
            .optional()
            .orElse(new Last(0, GENESIS));
    jdbc.sql(
            "INSERT INTO audit_chain (position, global_index, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")
        .params(
            last.position() + 1,
            event.globalIndex(),
            event.eventIdentifier(),
            last.hash(),
            event.chainedHash(last.hash()))
        .update();
  }

  /** The newest link: how far the chain reaches and its hash (hex). */
  public record Head(long position, long globalIndex, String hash) {}
}
