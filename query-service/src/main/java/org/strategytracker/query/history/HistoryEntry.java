package org.strategytracker.query.history;

import java.time.Instant;
import java.util.List;

/**
 * One event in the audit history. {@code version} is the measure's version after the event; actor,
 * unit, source and correlation id are {@code null} where the event was stored without them.
 */
public record HistoryEntry(
    String eventId,
    String measureId,
    long version,
    String eventType,
    Instant occurredAt,
    String actorId,
    String actorUnit,
    String source,
    String correlationId,
    String reason,
    List<Change> changes,
    String summary) {}
