package org.strategytracker.query.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.strategytracker.events.audit.AuditMetadata;

/**
 * Appends a measure's events with the moment they were recorded, as if the command side had written
 * them then: for histories with late entries and corrections.
 */
public final class TimedEventLog {

  private final EventStore eventStore;
  private final Map<String, Long> sequences = new HashMap<>();

  public TimedEventLog(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /**
   * Appends as actor {@code u-4711} of FB 61 with the given reason; answers the global index after
   * it.
   */
  public long append(String measureId, Instant recordedAt, Object event, String reason) {
    return append(measureId, recordedAt, event, "u-4711", "FB 61", reason);
  }

  public long append(
      String measureId,
      Instant recordedAt,
      Object event,
      String actor,
      String unit,
      String reason) {
    long sequence = sequences.merge(measureId, 0L, (old, ignored) -> old + 1);
    Map<String, Object> metadata =
        new HashMap<>(
            Map.of(
                AuditMetadata.ACTOR_ID,
                actor,
                AuditMetadata.ACTOR_UNIT,
                unit,
                AuditMetadata.SOURCE,
                "api"));
    if (reason != null) {
      metadata.put(AuditMetadata.REASON, reason);
    }
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Measure",
            measureId,
            sequence,
            event,
            metadata,
            UUID.randomUUID().toString(),
            recordedAt));
    return sequence + 1;
  }
}
