package org.strategytracker.platform.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal of a stored event: HMAC-SHA256 over the row's canonical content with a key that lives
 * outside the database. It depends on no other event, so sealing costs microseconds and never
 * serialises concurrent commands; whoever writes an event row past the application cannot produce
 * it.
 */
public final class EventSeal {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public EventSeal(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the seal key needs at least 256 bits");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The seal of an event row with these stored values. */
  public byte[] seal(Row row) {
    Mac mac = mac();
    field(mac, row.eventIdentifier());
    field(mac, row.aggregateIdentifier());
    field(mac, Long.toString(row.sequenceNumber()));
    field(mac, row.type());
    field(mac, row.timestamp());
    field(mac, row.payloadType());
    field(mac, row.payloadRevision());
    field(mac, row.payload());
    field(mac, row.metaData());
    return mac.doFinal();
  }

  /** Whether {@code seal} is this row's seal (compared in constant time). */
  public boolean holds(byte[] seal, Row row) {
    return seal != null && MessageDigest.isEqual(seal, seal(row));
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
    }
  }

  private static void field(Mac mac, String value) {
    field(mac, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so that no two rows collide by concatenation. */
  private static void field(Mac mac, byte[] value) {
    mac.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
    if (value != null) {
      mac.update(value);
    }
  }

  /** The sealed columns of an event row, exactly as stored. */
  public record Row(
      String eventIdentifier,
      String aggregateIdentifier,
      long sequenceNumber,
      String type,
      String timestamp,
      String payloadType,
      String payloadRevision,
      byte[] payload,
      byte[] metaData) {}
}
