package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** The department's periodic status report: percent complete, health and a comment. */
@Revision("1")
public record ProgressReported(
    MeasureId measureId, int percentComplete, Health health, String comment) {}
