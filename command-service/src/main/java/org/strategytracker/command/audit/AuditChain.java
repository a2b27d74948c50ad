package org.strategytracker.command.audit;

import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain table: its head, and appending the next link. A link is written after the fact by the
 * {@link AuditChainRecorder}; whether the event was written by the application is decided by its
 * seal, written in the event's own INSERT. An event without a valid seal is still linked, so that
 * the chain keeps one order, but marked as unsealed and reported in the audit log; verification
 * reports it as inserted or changed.
 */
public class AuditChain {

  /** The hash before the first link. */
  static final byte[] GENESIS = new byte[32];

  private static final Logger auditLog = LoggerFactory.getLogger("AUDIT");

  private final JdbcClient jdbc;
  private final Seals seals;

  AuditChain(JdbcClient jdbc, Seals seals) {
    this.jdbc = jdbc;
    this.seals = seals;
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
    Seals.Status seal = seals.of(event);
    boolean sealed = seal == Seals.Status.VALID || seal == Seals.Status.BEFORE_SEALS;
    if (!sealed) {
      auditLog.warn(
          "Ereignis {} (globaler Index {}) ohne gültiges Siegel ({}): nicht von der Anwendung geschrieben; als ungesiegelt verkettet",
          event.eventIdentifier(),
          event.globalIndex(),
          seal);
    }
    jdbc.sql(
            "INSERT INTO audit_chain (position, global_index, event_identifier, previous_hash, hash, sealed) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            last.position() + 1,
            event.globalIndex(),
            event.eventIdentifier(),
            last.hash(),
            event.chainedHash(last.hash()),
            sealed)
        .update();
  }

  /** The newest link: how far the chain reaches and its hash (hex). */
  public record Head(long position, long globalIndex, String hash) {}
}
