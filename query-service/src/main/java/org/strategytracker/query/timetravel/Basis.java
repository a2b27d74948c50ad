package org.strategytracker.query.timetravel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an answer was built from: the state as of the end of {@code asOf} (Europe/Berlin), as known
 * at {@code knownAt}, which is every event up to and including global index {@code position} (-1:
 * none). {@code processedPosition} is how far the timeline had read the event store when asked; the
 * same {@code asOf} and {@code position} always give the same answer.
 */
public record Basis(LocalDate asOf, Instant knownAt, long position, long processedPosition) {}
