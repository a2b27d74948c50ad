package org.strategytracker.command.audit;

import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first link, recomputing every hash from the stored event rows, and
 * reports the first link that does not hold: a changed row, a missing row, rows in another order,
 * or a stored event that the chain does not know (inserted behind its back).
 */
public class AuditChainVerifier {

  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;

  public AuditChainVerifier(javax.sql.DataSource dataSource) {
    this.jdbcTemplate = new JdbcTemplate(dataSource);
    this.jdbcTemplate.setFetchSize(1000);
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Transactional(readOnly = true)
  public ChainVerification verify() {
    Walk walk = new Walk();
    jdbcTemplate.query(
        "SELECT c.position, c.global_index AS chained_index, c.previous_hash, c.hash, "
            + StoredEvent.COLUMNS
            + " FROM audit_chain c LEFT JOIN domain_event_entry e ON e.global_index = c.global_index ORDER BY c.position",
        (RowCallbackHandler) walk::check);
    if (walk.firstBreak == null && walk.checked > 0) {
      walk.firstBreak = unchainedEvent(walk.lastChainedIndex);
    }
    long pending =
        jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ?")
            .param(walk.checked == 0 ? Long.MIN_VALUE : walk.lastChainedIndex)
            .query(Long.class)
            .single();
    return new ChainVerification(
        walk.firstBreak == null,
        walk.checked,
        walk.checked == 0 ? null : HexFormat.of().formatHex(walk.previous),
        walk.firstBreak,
        pending);
  }

  private ChainVerification.Break unchainedEvent(long headIndex) {
    return jdbc.sql(
            """
            SELECT e.global_index,
                   (SELECT count(*) FROM audit_chain c WHERE c.global_index < e.global_index) + 1 AS position
            FROM domain_event_entry e
            WHERE e.global_index < ? AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.global_index = e.global_index)
            ORDER BY e.global_index LIMIT 1""")
        .param(headIndex)
        .query(
            (rs, row) ->
                new ChainVerification.Break(
                    rs.getLong("position"),
                    rs.getLong("global_index"),
                    "Gespeichertes Ereignis ist nicht in der Kette (eingefügt?)"))
        .optional()
        .orElse(null);
  }

  private static final class Walk {
    long checked;
    long lastChainedIndex;
    byte[] previous = AuditChain.GENESIS;
    ChainVerification.Break firstBreak;

    void check(java.sql.ResultSet rs) throws java.sql.SQLException {
      if (firstBreak != null) {
        return;
      }
      long position = rs.getLong("position");
      long chainedIndex = rs.getLong("chained_index");
      checked++;
      if (position != checked) {
        firstBreak =
            new ChainVerification.Break(
                checked, chainedIndex, "Kettenglied fehlt (Position " + checked + ")");
      } else if (!Arrays.equals(rs.getBytes("previous_hash"), previous)) {
        firstBreak =
            new ChainVerification.Break(
                position, chainedIndex, "Verweis auf das vorige Glied stimmt nicht");
      } else if (rs.getObject("event_identifier") == null) {
        firstBreak =
            new ChainVerification.Break(position, chainedIndex, "Ereignis fehlt (gelöscht?)");
      } else {
        byte[] expected = StoredEvent.read(rs).chainedHash(previous);
        if (!Arrays.equals(expected, rs.getBytes("hash"))) {
          firstBreak =
              new ChainVerification.Break(
                  position, chainedIndex, "Inhalt des Ereignisses wurde verändert");
        }
        previous = expected;
      }
      lastChainedIndex = chainedIndex;
    }
  }
}
