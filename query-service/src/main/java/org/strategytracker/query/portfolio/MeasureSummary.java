package org.strategytracker.query.portfolio;

import java.time.Instant;

/**
 * A measure in a list: what it is, who leads it and where it stands. Percent complete and health
 * are {@code null} until the department's first progress report.
 */
public record MeasureSummary(
    String id,
    String title,
    String fieldOfAction,
    String leadUnit,
    int priority,
    String status,
    Integer percentComplete,
    String health,
    int overdueMilestones,
    Instant lastUpdate,
    long version) {}
