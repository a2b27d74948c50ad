package org.strategytracker.command.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.strategytracker.command.audit.ChainVerification.AnchorMismatch;
import org.strategytracker.command.audit.ChainVerification.Break;
import org.strategytracker.command.audit.ChainVerification.Finding;

/**
 * Walks the chain from the first link, recomputing every hash from the stored event rows and
 * checking every row's seal, then compares the recomputed chain with every published anchor and its
 * signature. Reports the first link that does not hold (an inserted, changed, reordered or deleted
 * event) and the oldest anchor that no longer matches: rewriting the chain consistently needs the
 * seal key, and rewriting it before an anchor needs the signing key, both kept outside the
 * database.
 */
public class AuditChainVerifier {

  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;
  private final Seals seals;
  private final AuditAnchors anchors;
  private final AuditKeys keys;

  AuditChainVerifier(DataSource dataSource, Seals seals, AuditAnchors anchors, AuditKeys keys) {
    this.jdbcTemplate = new JdbcTemplate(dataSource);
    this.jdbcTemplate.setFetchSize(1000);
    this.jdbc = JdbcClient.create(dataSource);
    this.seals = seals;
    this.anchors = anchors;
    this.keys = keys;
  }

  /** Verifies the chain against every stored anchor. */
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    return verify(List.of());
  }

  /** Verifies the chain against every stored anchor and {@code more} (e.g. an exported one). */
  @Transactional(readOnly = true)
  public ChainVerification verify(List<AuditAnchors.Anchor> more) {
    List<AuditAnchors.Anchor> all = new ArrayList<>(anchors.all());
    all.addAll(more);
    ChainWalk walk = new ChainWalk(seals);
    all.forEach(anchor -> walk.anchored.put(anchor.position(), null));
    jdbcTemplate.query(
        "SELECT c.position, c.global_index AS chained_index, c.event_identifier AS chained_identifier, "
            + "c.previous_hash, c.hash, "
            + StoredEvent.COLUMNS
            + " FROM audit_chain c LEFT JOIN domain_event_entry e ON e.global_index = c.global_index ORDER BY c.position",
        (RowCallbackHandler) walk::check);
    Break firstBreak = walk.firstBreak == null ? null : classify(walk.firstBreak);
    if (firstBreak == null && walk.checked > 0) {
      firstBreak = unchainedEvent(walk.lastChainedIndex);
    }
    long pending =
        jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ?")
            .param(walk.checked == 0 ? Long.MIN_VALUE : walk.lastChainedIndex)
            .query(Long.class)
            .single();
    AnchorMismatch mismatch = null;
    for (AuditAnchors.Anchor anchor : all) {
      mismatch = mismatch(anchor, walk);
      if (mismatch != null) {
        break;
      }
    }
    return new ChainVerification(
        firstBreak == null && mismatch == null,
        walk.checked,
        walk.checked == 0 ? null : HexFormat.of().formatHex(walk.storedHead),
        firstBreak,
        pending,
        all.size(),
        mismatch,
        unanchored(
            all.stream().max(Comparator.comparingLong(AuditAnchors.Anchor::position)).orElse(null),
            walk));
  }

  private AnchorMismatch mismatch(AuditAnchors.Anchor anchor, ChainWalk walk) {
    String reason = null;
    ChainWalk.Link link = walk.anchored.get(anchor.position());
    if (anchor.signed() && !keys.fingerprint().equals(anchor.keyFingerprint())) {
      reason = "Anker ist mit einem anderen Schlüssel signiert als dem dieses Servers";
    } else if (anchor.signed()
        && !keys.verifies(anchor.signedContent(), decode(anchor.signature()))) {
      reason = "Signatur des Ankers ist ungültig (Anker verändert?)";
    } else if (!anchor.signed() && anchor.id() > keys.before().lastUnsignedAnchor()) {
      reason = "Anker ohne Signatur, aber nach Einführung der Signaturen veröffentlicht";
    } else if (anchor.position() > walk.lastPosition) {
      reason =
          "Die Kette reicht nur bis Position "
              + walk.lastPosition
              + ", der Anker nennt Position "
              + anchor.position()
              + " (Ereignisse gelöscht?)";
    } else if (link == null || link.recomputed() == null) {
      reason = "Die Kette bis zum Anker lässt sich nicht nachrechnen (Glied oder Ereignis fehlt)";
    } else if (!HexFormat.of().formatHex(link.recomputed()).equals(anchor.hash())
        || (anchor.globalIndex() != null && anchor.globalIndex() != link.globalIndex())) {
      reason = "Die Kette weicht vom Anker ab: Ereignisse bis zu seiner Position wurden verändert";
    }
    return reason == null ? null : new AnchorMismatch(anchor.id(), anchor.position(), reason);
  }

  private long unanchored(AuditAnchors.Anchor newest, ChainWalk walk) {
    long after = Long.MIN_VALUE;
    if (newest != null) {
      ChainWalk.Link link = walk.anchored.get(newest.position());
      after =
          newest.globalIndex() != null
              ? newest.globalIndex()
              : link == null ? Long.MIN_VALUE : link.globalIndex();
    }
    return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ?")
        .param(after)
        .query(Long.class)
        .single();
  }

  /** Tells a reordered event (it stands elsewhere now) from a deleted or replaced one. */
  private Break classify(Break candidate) {
    if (candidate.finding() != Finding.REORDERED) {
      return candidate;
    }
    String chainedIdentifier = candidate.reason();
    Long now =
        jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
            .param(chainedIdentifier)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (now != null) {
      return new Break(
          candidate.position(),
          candidate.globalIndex(),
          Finding.REORDERED,
          "Ereignis steht an anderer Stelle (globaler Index " + now + "): Reihenfolge vertauscht");
    }
    boolean rowThere =
        jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index = ?")
                .param(candidate.globalIndex())
                .query(Long.class)
                .single()
            > 0;
    return rowThere
        ? new Break(
            candidate.position(),
            candidate.globalIndex(),
            Finding.CHANGED,
            "An dieser Stelle steht ein anderes Ereignis (ersetzt?)")
        : new Break(
            candidate.position(),
            candidate.globalIndex(),
            Finding.DELETED,
            "Ereignis fehlt (gelöscht?)");
  }

  private Break unchainedEvent(long headIndex) {
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
                new Break(
                    rs.getLong("position"),
                    rs.getLong("global_index"),
                    Finding.INSERTED,
                    "Gespeichertes Ereignis ist nicht in der Kette (eingefügt?)"))
        .optional()
        .orElse(null);
  }

  private static byte[] decode(String base64) {
    try {
      return java.util.Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }
}
