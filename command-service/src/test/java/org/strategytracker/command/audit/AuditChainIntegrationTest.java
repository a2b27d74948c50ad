package org.strategytracker.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.audit.ChainVerification.Finding;
import org.strategytracker.command.support.Api;

/**
 * Tampering as a database superuser would do it — rows changed with SQL, the unkeyed chain
 * recomputed — against the real embedded PostgreSQL; every test leaves the store as it found it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false"
    })
class AuditChainIntegrationTest {

  static final Map<String, String> FB36 = Api.as("strategie");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AuditChainVerifier verifier;
  @Autowired AuditAnchors anchors;
  @Autowired AuditKeys keys;
  @Autowired ApplicationContext context;

  @BeforeEach
  void recordSomeHistory() {
    if (events() > 0) {
      return;
    }
    Api api = new Api(port);
    api.post(
        "/api/v1/measures",
        Map.of(
            "id",
            "ai-x-heat",
            "title",
            "AI-X Heat",
            "fieldOfAction",
            "Klima & Umwelt",
            "leadUnit",
            "FB 36",
            "priority",
            3),
        FB36);
    for (int percent = 10; percent <= 50; percent += 10) {
      reportProgress(percent);
    }
    awaitChained();
  }

  void reportProgress(int percent) {
    new Api(port)
        .post(
            "/api/v1/measures/ai-x-heat/progress",
            Map.of("percentComplete", percent, "health", "GREEN"),
            FB36);
  }

  void awaitChained() {
    await().atMost(Duration.ofSeconds(20)).until(() -> chained() == events());
  }

  long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  long chained() {
    return jdbc.sql("SELECT count(*) FROM audit_chain").query(Long.class).single();
  }

  long globalIndexAt(long position) {
    return jdbc.sql("SELECT global_index FROM audit_chain WHERE position = ?")
        .param(position)
        .query(Long.class)
        .single();
  }

  byte[] payload(long globalIndex) {
    return jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?")
        .param(globalIndex)
        .query(byte[].class)
        .single();
  }

  void setPayload(long globalIndex, byte[] payload) {
    jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")
        .params(payload, globalIndex)
        .update();
  }

  /** What someone with the database but without the keys can do: rebuild the unkeyed chain. */
  void recomputeTheWholeChain() {
    List<Long> positions =
        jdbc.sql("SELECT position FROM audit_chain ORDER BY position").query(Long.class).list();
    byte[] previous = AuditChain.GENESIS;
    for (long position : positions) {
      StoredEvent event =
          jdbc.sql(
                  "SELECT "
                      + StoredEvent.COLUMNS
                      + " FROM domain_event_entry e JOIN audit_chain c ON c.global_index = e.global_index WHERE c.position = ?")
              .param(position)
              .query((rs, row) -> StoredEvent.read(rs))
              .single();
      byte[] hash = event.chainedHash(previous);
      jdbc.sql("UPDATE audit_chain SET previous_hash = ?, hash = ? WHERE position = ?")
          .params(previous, hash, position)
          .update();
      previous = hash;
    }
  }

  void swapRows(long first, long second) {
    jdbc.sql("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?")
        .param(first)
        .update();
    jdbc.sql("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?")
        .params(first, second)
        .update();
    jdbc.sql("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1")
        .param(second)
        .update();
  }

  int verifyOnTheCommandLine(Path anchorFile, ByteArrayOutputStream out) {
    return new ChainVerificationRunner(verifier, keys, context)
        .check(anchorFile, new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  static Path exportedFile(AuditAnchors.Anchor anchor, Path folder) {
    return folder.resolve("anchor-%08d.json".formatted(anchor.id()));
  }

  @Test
  void anUntouchedStoreVerifiesIntact() {
    ChainVerification result = verifier.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(events());
    assertThat(result.pending()).isZero();
    assertThat(result.headHash()).hasSize(64);
  }

  @Test
  void everyEventTheApplicationStoresCarriesAValidSeal() {
    List<StoredEvent> stored =
        jdbc.sql("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e")
            .query((rs, row) -> StoredEvent.read(rs))
            .list();
    assertThat(stored)
        .isNotEmpty()
        .allSatisfy(event -> assertThat(keys.seal().holds(event.seal(), event.row())).isTrue());
  }

  @Test
  void reportsARowInsertedStraightIntoTheStoreAsInserted() {
    jdbc.sql(
            """
        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                        payload_type, payload_revision, payload, meta_data)
        SELECT 'forged-at-the-end', aggregate_identifier, 999, type, time_stamp, payload_type, payload_revision, payload, meta_data
        FROM domain_event_entry WHERE global_index = ?""")
        .param(globalIndexAt(2))
        .update();
    long forged =
        jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
            .param("forged-at-the-end")
            .query(Long.class)
            .single();
    try {
      awaitChained();
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().globalIndex()).isEqualTo(forged);
      assertThat(result.firstBreak().finding()).isEqualTo(Finding.INSERTED);
      assertThat(result.firstBreak().reason()).contains("eingefügt");
      assertThat(
              jdbc.sql("SELECT sealed FROM audit_chain WHERE global_index = ?")
                  .param(forged)
                  .query(Boolean.class)
                  .single())
          .isFalse();
    } finally {
      jdbc.sql("DELETE FROM audit_chain WHERE global_index = ?").param(forged).update();
      jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(forged).update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void detectsOneChangedByteOfAPayloadAtItsPosition() {
    long index = globalIndexAt(3);
    byte[] original = payload(index);
    byte[] forged = original.clone();
    forged[forged.length / 2] ^= 0x01;
    setPayload(index, forged);
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().position()).isEqualTo(3);
      assertThat(result.firstBreak().globalIndex()).isEqualTo(index);
      assertThat(result.firstBreak().finding()).isEqualTo(Finding.CHANGED);
      assertThat(result.firstBreak().reason()).contains("verändert");
    } finally {
      setPayload(index, original);
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void detectsARewrittenEventWhoseUnkeyedChainWasRecomputedByItsSealAndByTheSignedAnchor() {
    AuditAnchors.Anchor anchor = anchors.publish().orElseThrow();
    long index = globalIndexAt(3);
    byte[] original = payload(index);
    byte[] forged = original.clone();
    forged[forged.length / 2] ^= 0x01;
    record Stored(long id, byte[] hash, byte[] signature) {}
    List<Stored> before =
        jdbc.sql("SELECT id, hash, signature FROM audit_anchor")
            .query((rs, row) -> new Stored(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))
            .list();
    setPayload(index, forged);
    recomputeTheWholeChain();
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().position()).isEqualTo(3);
      assertThat(result.firstBreak().finding()).isEqualTo(Finding.CHANGED);
      assertThat(result.firstBreak().reason()).contains("Siegel");
      assertThat(result.firstAnchorMismatch()).isNotNull();
      assertThat(result.firstAnchorMismatch().reason()).contains("weicht vom Anker ab");

      // the anchors in the database rewritten to the forged chain: their signatures no longer fit
      jdbc.sql(
              "UPDATE audit_anchor a SET hash = c.hash FROM audit_chain c WHERE c.position = a.position")
          .update();
      ChainVerification rewritten = verifier.verify();
      assertThat(rewritten.firstAnchorMismatch()).isNotNull();
      assertThat(rewritten.firstAnchorMismatch().reason()).contains("Signatur");

      // nor do anchors stripped of their signature pass as anchors from before signatures
      jdbc.sql("UPDATE audit_anchor SET signature = NULL").update();
      assertThat(verifier.verify().firstAnchorMismatch().reason()).contains("ohne Signatur");

      // and the exported file still proves the rewrite on the command line
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = verifyOnTheCommandLine(exportedFile(anchor, anchors.exportFolder()), out);
      assertThat(code).isEqualTo(ChainVerificationRunner.BROKEN);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Signatur gültig", "gebrochen");
    } finally {
      setPayload(index, original);
      recomputeTheWholeChain();
      for (Stored stored : before) {
        jdbc.sql("UPDATE audit_anchor SET hash = ?, signature = ? WHERE id = ?")
            .params(stored.hash(), stored.signature(), stored.id())
            .update();
      }
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void detectsADeletedEventAtItsPosition() {
    long index = globalIndexAt(4);
    jdbc.sql(
            "CREATE TEMP TABLE deleted_event AS SELECT * FROM domain_event_entry WHERE global_index = ?")
        .param(index)
        .update();
    jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(index).update();
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().position()).isEqualTo(4);
      assertThat(result.firstBreak().finding()).isEqualTo(Finding.DELETED);
      assertThat(result.firstBreak().reason()).contains("fehlt");
    } finally {
      jdbc.sql("INSERT INTO domain_event_entry SELECT * FROM deleted_event").update();
      jdbc.sql("DROP TABLE deleted_event").update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void deletingTheLastEventWithItsChainLinkNoLongerMatchesTheAnchorThatCoveredIt() {
    AuditAnchors.Anchor anchor = anchors.publish().orElseThrow();
    long index = anchor.globalIndex();
    jdbc.sql(
            "CREATE TEMP TABLE cut_event AS SELECT * FROM domain_event_entry WHERE global_index = ?")
        .param(index)
        .update();
    jdbc.sql("CREATE TEMP TABLE cut_link AS SELECT * FROM audit_chain WHERE global_index = ?")
        .param(index)
        .update();
    jdbc.sql("DELETE FROM audit_chain WHERE global_index = ?").param(index).update();
    jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(index).update();
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.firstBreak()).isNull();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstAnchorMismatch().position()).isEqualTo(anchor.position());
      assertThat(result.firstAnchorMismatch().reason()).contains("gelöscht");
    } finally {
      jdbc.sql("INSERT INTO domain_event_entry SELECT * FROM cut_event").update();
      jdbc.sql("INSERT INTO audit_chain SELECT * FROM cut_link").update();
      jdbc.sql("DROP TABLE cut_event").update();
      jdbc.sql("DROP TABLE cut_link").update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void countsTheEventsAfterTheNewestAnchor() {
    anchors.publish().orElseThrow();
    assertThat(verifier.verify().unanchored()).isZero();
    reportProgress(60);
    awaitChained();
    ChainVerification result = verifier.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.unanchored()).isEqualTo(1);
  }

  @Test
  void reportsTwoSwappedEventsAsReorderedAtTheFirstOfThem() {
    long first = globalIndexAt(2);
    long second = globalIndexAt(5);
    swapRows(first, second);
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().position()).isEqualTo(2);
      assertThat(result.firstBreak().finding()).isEqualTo(Finding.REORDERED);
      assertThat(result.firstBreak().reason()).contains("vertauscht");
    } finally {
      swapRows(first, second);
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void detectsAForgedEventInsertedIntoThePast() {
    jdbc.sql(
            """
        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                        payload_type, payload_revision, payload, meta_data)
        SELECT 0, 'forged-1', aggregate_identifier, 99, type, '2022-01-01T00:00:00Z', payload_type, payload_revision, payload, meta_data
        FROM domain_event_entry WHERE global_index = ?""")
        .param(globalIndexAt(2))
        .update();
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().globalIndex()).isZero();
      assertThat(result.firstBreak().position()).isEqualTo(1);
      assertThat(result.firstBreak().finding()).isEqualTo(Finding.INSERTED);
      assertThat(result.firstBreak().reason()).contains("nicht in der Kette");
    } finally {
      jdbc.sql("DELETE FROM domain_event_entry WHERE event_identifier = 'forged-1'").update();
    }
  }

  @Test
  void publishesTheHeadAsASignedAnchorExportedToAFile() throws Exception {
    AuditAnchors.Anchor anchor = anchors.publish().orElseThrow();
    assertThat(anchor.position()).isEqualTo(chained());
    assertThat(anchor.hash()).isEqualTo(verifier.verify().headHash());
    assertThat(anchor.keyFingerprint()).isEqualTo(keys.fingerprint());
    AnchorFile file = AnchorFile.read(exportedFile(anchor, anchors.exportFolder()));
    assertThat(file.hash()).isEqualTo(anchor.hash());
    assertThat(file.signature()).isEqualTo(anchor.signature());
    assertThat(
            keys.verifies(
                file.anchor().signedContent(),
                java.util.Base64.getDecoder().decode(file.signature())))
        .isTrue();
  }

  @Test
  void theCommandLineAcceptsAnExportedAnchorFileAndRefusesATamperedOne() throws Exception {
    AuditAnchors.Anchor anchor = anchors.publish().orElseThrow();
    Path exported = exportedFile(anchor, anchors.exportFolder());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(verifyOnTheCommandLine(exported, out)).isEqualTo(ChainVerificationRunner.INTACT);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Signatur gültig", "intakt");

    String otherHash = HexFormat.of().formatHex(new byte[32]);
    Path tampered = Files.createTempFile("anchor-tampered-", ".json");
    Files.writeString(tampered, Files.readString(exported).replace(anchor.hash(), otherHash));
    ByteArrayOutputStream refused = new ByteArrayOutputStream();
    assertThat(verifyOnTheCommandLine(tampered, refused))
        .isEqualTo(ChainVerificationRunner.ANCHOR_FILE_REFUSED);
    assertThat(refused.toString(StandardCharsets.UTF_8)).contains("abgelehnt", "Signatur");
  }

  @Test
  void theStrategyOfficeVerifiesAndReadsThePublicKeyOverHttp() {
    Api api = new Api(port);
    Api.Response verification =
        api.send("GET", "/api/v1/audit/chain/verification", null, Api.as("strategie"));
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().get("intact").asBoolean()).isTrue();
    Api.Response key = api.send("GET", "/api/v1/audit/public-key", null, Api.as("strategie"));
    assertThat(key.status()).isEqualTo(200);
    assertThat(key.json().get("algorithm").asString()).isEqualTo("Ed25519");
    assertThat(key.json().get("fingerprint").asString()).isEqualTo(keys.fingerprint());
    assertThat(api.send("GET", "/api/v1/audit/chain/verification", null, Api.as("rat")).status())
        .isEqualTo(403);
  }
}
