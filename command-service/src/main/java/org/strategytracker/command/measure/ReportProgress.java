package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.Health;
import org.strategytracker.events.measure.MeasureId;

/** The department's periodic report: percent complete, health and a comment. */
public record ReportProgress(
    @TargetAggregateIdentifier MeasureId measureId,
    int percentComplete,
    Health health,
    String comment) {}
