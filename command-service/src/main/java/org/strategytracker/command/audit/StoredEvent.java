package org.strategytracker.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.strategytracker.platform.eventstore.EventSeal;

/** An event row exactly as stored, and its canonical form for hashing. */
record StoredEvent(
    long globalIndex,
    String eventIdentifier,
    String aggregateIdentifier,
    long sequenceNumber,
    String type,
    String timestamp,
    String payloadType,
    String payloadRevision,
    byte[] payload,
    byte[] metaData,
    byte[] seal) {

  static final String COLUMNS =
      "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp, "
          + "e.payload_type, e.payload_revision, e.payload, e.meta_data, e.seal";

  static StoredEvent read(ResultSet rs) throws SQLException {
    return new StoredEvent(
        rs.getLong("global_index"),
        rs.getString("event_identifier"),
        rs.getString("aggregate_identifier"),
        rs.getLong("sequence_number"),
        rs.getString("type"),
        rs.getString("time_stamp"),
        rs.getString("payload_type"),
        rs.getString("payload_revision"),
        rs.getBytes("payload"),
        rs.getBytes("meta_data"),
        rs.getBytes("seal"));
  }

  /** The sealed columns, as the event store sealed them when it wrote the row. */
  EventSeal.Row row() {
    return new EventSeal.Row(
        eventIdentifier,
        aggregateIdentifier,
        sequenceNumber,
        type,
        timestamp,
        payloadType,
        payloadRevision,
        payload,
        metaData);
  }

  /**
   * SHA-256 over the previous hash and every stored field, each length-prefixed so no two rows
   * collide by concatenation, and the row's seal where it has one (rows stored before seals existed
   * keep the hash they were chained with).
   */
  byte[] chainedHash(byte[] previousHash) {
    MessageDigest digest = sha256();
    digest.update(previousHash);
    field(digest, Long.toString(globalIndex));
    field(digest, eventIdentifier);
    field(digest, aggregateIdentifier);
    field(digest, Long.toString(sequenceNumber));
    field(digest, type);
    field(digest, timestamp);
    field(digest, payloadType);
    field(digest, payloadRevision);
    field(digest, payload);
    field(digest, metaData);
    if (seal != null) {
      field(digest, seal);
    }
    return digest.digest();
  }

  private static void field(MessageDigest digest, String value) {
    field(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  private static void field(MessageDigest digest, byte[] value) {
    digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
    if (value != null) {
      digest.update(value);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
