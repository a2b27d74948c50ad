package org.strategytracker.query.support;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.strategytracker.events.audit.AuditMetadata;

/**
 * Appends a measure's events to the real event store as the command side would: one stream per
 * measure, sequence numbers counting from 0, audit metadata on every event.
 */
public final class EventLog {

  private final EventStore eventStore;
  private final Map<String, Long> sequences = new HashMap<>();

  public EventLog(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /**
   * Appends as actor {@code u-4711} of FB 61 through the API; returns the measure's new version.
   */
  public long append(String measureId, Object event) {
    return append(
        measureId,
        event,
        Map.of(
            AuditMetadata.ACTOR_ID,
            "u-4711",
            AuditMetadata.ACTOR_UNIT,
            "FB 61",
            AuditMetadata.SOURCE,
            "api",
            AuditMetadata.CORRELATION_ID,
            "corr-" + measureId));
  }

  public long append(String measureId, Object event, Map<String, ?> metadata) {
    long sequence = sequences.merge(measureId, 0L, (old, ignored) -> old + 1);
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Measure", measureId, sequence, event, MetaData.from(metadata)));
    return sequence + 1;
  }
}
