package org.strategytracker.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;

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
      api.post(
          "/api/v1/measures/ai-x-heat/progress",
          Map.of("percentComplete", percent, "health", "GREEN"),
          FB36);
    }
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

  @Test
  void anUntouchedStoreVerifiesIntact() {
    ChainVerification result = verifier.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(events());
    assertThat(result.pending()).isZero();
    assertThat(result.headHash()).hasSize(64);
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
      assertThat(result.firstBreak().reason()).contains("verändert");
    } finally {
      setPayload(index, original);
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
      assertThat(result.firstBreak().reason()).contains("fehlt");
    } finally {
      jdbc.sql("INSERT INTO domain_event_entry SELECT * FROM deleted_event").update();
      jdbc.sql("DROP TABLE deleted_event").update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void detectsTwoReorderedEventsAtTheFirstOfThem() {
    long first = globalIndexAt(2);
    long second = globalIndexAt(5);
    byte[] a = payload(first);
    byte[] b = payload(second);
    setPayload(first, b);
    setPayload(second, a);
    try {
      ChainVerification result = verifier.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBreak().position()).isEqualTo(2);
    } finally {
      setPayload(first, a);
      setPayload(second, b);
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
      assertThat(result.firstBreak().reason()).contains("nicht in der Kette");
    } finally {
      jdbc.sql("DELETE FROM domain_event_entry WHERE event_identifier = 'forged-1'").update();
    }
  }

  @Test
  void publishesTheHeadAsAnAnchor() {
    AuditAnchors.Anchor anchor = anchors.publish().orElseThrow();
    assertThat(anchor.position()).isEqualTo(chained());
    assertThat(anchor.hash()).isEqualTo(verifier.verify().headHash());
  }
}
