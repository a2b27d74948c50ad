package org.strategytracker.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

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
    byte[] metaData) {

  static final String COLUMNS =
      "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp, "
          + "e.payload_type, e.payload_revision, e.payload, e.meta_data";

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
        rs.getBytes("meta_data"));
  }

  /**
   * SHA-256 over the previous hash and every stored field, each length-prefixed so no two rows
   * collide by concatenation.
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
