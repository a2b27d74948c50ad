package org.strategytracker.query.operations;

import java.time.Instant;

/**
 * Where a rebuild of a projection stands. {@code position} and {@code head} are global indexes of
 * the event store: the new tables have seen every event up to {@code position}.
 *
 * @param state RUNNING, DONE or FAILED
 * @param finishedAt {@code null} while running
 * @param message what went wrong, or {@code null}
 * @param failedPosition the global index of the event the new tables could not take, if that is why
 *     the rebuild failed; {@code null} otherwise
 */
public record RebuildStatus(
    String id,
    String projection,
    int generation,
    String state,
    long position,
    long head,
    Instant startedAt,
    Instant finishedAt,
    String message,
    Long failedPosition) {}
