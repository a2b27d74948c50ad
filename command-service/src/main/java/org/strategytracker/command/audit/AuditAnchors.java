package org.strategytracker.command.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the chain's head as an anchor — in the audit log, as a metric and in the {@code
 * audit_anchor} table — at least daily, so that a copy kept outside can later prove that nothing
 * before it changed.
 */
public class AuditAnchors {

  private static final Logger auditLog = LoggerFactory.getLogger("AUDIT");

  private final AuditChain chain;
  private final JdbcClient jdbc;

  public AuditAnchors(AuditChain chain, JdbcClient jdbc, MeterRegistry meters) {
    this.chain = chain;
    this.jdbc = jdbc;
    Gauge.builder(
            "tracker.audit.chain.head.position",
            () -> chain.head().map(AuditChain.Head::position).orElse(0L))
        .description("Position of the newest link of the audit hash chain")
        .register(meters);
  }

  @Scheduled(
      cron = "${tracker.audit.anchor-cron:0 0 2 * * *}",
      zone = "${tracker.time-zone:Europe/Berlin}")
  public Optional<Anchor> publish() {
    Optional<AuditChain.Head> head = chain.head();
    head.ifPresent(
        h -> {
          jdbc.sql("INSERT INTO audit_anchor (position, hash) VALUES (?, ?)")
              .params(h.position(), HexFormat.of().parseHex(h.hash()))
              .update();
          auditLog.info("Audit-Anker veröffentlicht: Position {} Hash {}", h.position(), h.hash());
        });
    return latest();
  }

  public Optional<Anchor> latest() {
    return anchors(1).stream().findFirst();
  }

  public List<Anchor> anchors(int limit) {
    return jdbc.sql(
            "SELECT position, hash, published_at FROM audit_anchor ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query(
            (rs, row) ->
                new Anchor(
                    rs.getLong(1),
                    HexFormat.of().formatHex(rs.getBytes(2)),
                    rs.getTimestamp(3).toInstant()))
        .list();
  }

  /** A published head of the chain. */
  public record Anchor(long position, String hash, Instant publishedAt) {}
}
