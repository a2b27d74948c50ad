package org.strategytracker.command.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the chain's head as an anchor signed with the Ed25519 key kept outside the database —
 * in the {@code audit_anchor} table, as one file per anchor in the export folder, in the audit log
 * and as a metric — hourly by default ({@code tracker.audit.anchor-cron}), so that a copy kept
 * outside can later prove that nothing before it changed. One scheduled publication per instance;
 * two instances publishing in the same hour only add a second, equally valid anchor.
 */
public class AuditAnchors {

  private static final Logger auditLog = LoggerFactory.getLogger("AUDIT");

  private final AuditChain chain;
  private final JdbcClient jdbc;
  private final AuditKeys keys;
  private final Path exportFolder;

  AuditAnchors(
      AuditChain chain, JdbcClient jdbc, AuditKeys keys, Path exportFolder, MeterRegistry meters) {
    this.chain = chain;
    this.jdbc = jdbc;
    this.keys = keys;
    this.exportFolder = exportFolder;
    Gauge.builder(
            "tracker.audit.chain.head.position",
            () -> chain.head().map(AuditChain.Head::position).orElse(0L))
        .description("Position of the newest link of the audit hash chain")
        .register(meters);
  }

  @Scheduled(
      cron = "${tracker.audit.anchor-cron:0 0 * * * *}",
      zone = "${tracker.time-zone:Europe/Berlin}")
  public Optional<Anchor> publish() {
    Optional<AuditChain.Head> head = chain.head();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    AuditChain.Head h = head.get();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Anchor unsigned = new Anchor(0, h.position(), h.globalIndex(), h.hash(), now, null, null);
    byte[] signature = keys.sign(unsigned.signedContent());
    long id =
        jdbc.sql(
                "INSERT INTO audit_anchor (position, global_index, hash, published_at, signature, key_fingerprint) "
                    + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                h.position(),
                h.globalIndex(),
                HexFormat.of().parseHex(h.hash()),
                Timestamp.from(now),
                signature,
                keys.fingerprint())
            .query(Long.class)
            .single();
    Anchor anchor =
        new Anchor(
            id,
            h.position(),
            h.globalIndex(),
            h.hash(),
            now,
            Base64.getEncoder().encodeToString(signature),
            keys.fingerprint());
    String exported;
    try {
      exported = AnchorFile.write(exportFolder, anchor, keys).toString();
    } catch (UncheckedIOException e) {
      exported = "nicht exportiert: " + e.getCause().getMessage();
      auditLog.error("Audit-Anker {} konnte nicht nach {} exportiert werden", id, exportFolder, e);
    }
    auditLog.info(
        "Audit-Anker veröffentlicht: Position {} globaler Index {} Hash {} Zeit {} Signatur {} Schlüssel {} Datei {}",
        anchor.position(),
        anchor.globalIndex(),
        anchor.hash(),
        anchor.publishedAt(),
        anchor.signature(),
        anchor.keyFingerprint(),
        exported);
    return Optional.of(anchor);
  }

  /** Where each published anchor is exported as a file. */
  Path exportFolder() {
    return exportFolder;
  }

  public Optional<Anchor> latest() {
    return anchors(1).stream().findFirst();
  }

  /** The newest anchors first. */
  public List<Anchor> anchors(int limit) {
    return jdbc.sql("SELECT * FROM audit_anchor ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query((rs, row) -> read(rs))
        .list();
  }

  /** Every stored anchor, oldest first. */
  List<Anchor> all() {
    return jdbc.sql("SELECT * FROM audit_anchor ORDER BY id").query((rs, row) -> read(rs)).list();
  }

  private static Anchor read(ResultSet rs) throws SQLException {
    byte[] signature = rs.getBytes("signature");
    long globalIndex = rs.getLong("global_index");
    return new Anchor(
        rs.getLong("id"),
        rs.getLong("position"),
        rs.wasNull() ? null : globalIndex,
        HexFormat.of().formatHex(rs.getBytes("hash")),
        rs.getTimestamp("published_at").toInstant(),
        signature == null ? null : Base64.getEncoder().encodeToString(signature),
        rs.getString("key_fingerprint"));
  }

  /**
   * A published head of the chain.
   *
   * @param globalIndex the event store's global index of the anchored event; {@code null} for
   *     anchors published before anchors were signed
   * @param signature Ed25519 signature (Base64) over {@link #signedContent()}; {@code null} for
   *     anchors published before anchors were signed
   * @param keyFingerprint SHA-256 (hex) of the public key that verifies the signature
   */
  public record Anchor(
      long id,
      long position,
      Long globalIndex,
      String hash,
      Instant publishedAt,
      String signature,
      String keyFingerprint) {

    /** What the signature covers, one line per value, so that anyone can rebuild it by hand. */
    byte[] signedContent() {
      return ("strategy-tracker audit anchor v1\nposition="
              + position
              + "\nglobalIndex="
              + globalIndex
              + "\nhash="
              + hash
              + "\npublishedAt="
              + publishedAt
              + "\n")
          .getBytes(StandardCharsets.UTF_8);
    }

    boolean signed() {
      return signature != null;
    }
  }
}
