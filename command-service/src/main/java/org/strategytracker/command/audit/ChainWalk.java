package org.strategytracker.command.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.strategytracker.command.audit.ChainVerification.Break;
import org.strategytracker.command.audit.ChainVerification.Finding;

/**
 * One pass over the chain in position order: recomputes every link from the event rows, checks
 * every row's seal, remembers the first break and the recomputed link at every anchored position.
 */
final class ChainWalk {

  /** A chain position's link as recomputed from the event rows ({@code null}: not computable). */
  record Link(long globalIndex, byte[] recomputed) {}

  final Seals seals;
  final Map<Long, Link> anchored = new HashMap<>();
  long checked;
  long lastPosition;
  long lastChainedIndex;
  byte[] recomputed = AuditChain.GENESIS;
  byte[] storedHead;
  Break firstBreak;

  ChainWalk(Seals seals) {
    this.seals = seals;
  }

  void check(ResultSet rs) throws SQLException {
    long position = rs.getLong("position");
    long chainedIndex = rs.getLong("chained_index");
    String chainedIdentifier = rs.getString("chained_identifier");
    byte[] storedHash = rs.getBytes("hash");
    checked++;
    StoredEvent event = rs.getObject("event_identifier") == null ? null : StoredEvent.read(rs);
    byte[] previous = recomputed;
    recomputed = event == null || previous == null ? null : event.chainedHash(previous);
    if (position != checked) {
      found(checked, chainedIndex, Finding.DELETED, "Kettenglied fehlt (Position " + checked + ")");
      checked = position;
    }
    if (event == null || !event.eventIdentifier().equals(chainedIdentifier)) {
      // resolved after the walk: reordered, replaced or deleted
      found(position, chainedIndex, Finding.REORDERED, chainedIdentifier);
    } else {
      Seals.Status seal = seals.of(event);
      if (seal == Seals.Status.MISSING) {
        found(
            position,
            chainedIndex,
            Finding.INSERTED,
            "Ereignis ohne Siegel: an der Anwendung vorbei eingefügt");
      } else if (seal == Seals.Status.WRONG) {
        found(
            position,
            chainedIndex,
            Finding.CHANGED,
            "Inhalt des Ereignisses wurde verändert (Siegel passt nicht)");
      } else if (previous != null && !Arrays.equals(rs.getBytes("previous_hash"), previous)) {
        found(position, chainedIndex, Finding.CHANGED, "Verweis auf das vorige Glied stimmt nicht");
      } else if (!Arrays.equals(recomputed, storedHash)) {
        found(position, chainedIndex, Finding.CHANGED, "Inhalt des Ereignisses wurde verändert");
      }
    }
    if (anchored.containsKey(position)) {
      anchored.put(position, new Link(chainedIndex, recomputed));
    }
    storedHead = storedHash;
    lastPosition = position;
    lastChainedIndex = chainedIndex;
  }

  private void found(long position, long globalIndex, Finding finding, String reason) {
    if (firstBreak == null) {
      firstBreak = new Break(position, globalIndex, finding, Objects.requireNonNull(reason));
    }
  }
}
