package org.strategytracker.command.measure;

import org.strategytracker.events.measure.Status;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;

/** Reopen a completed or cancelled measure; a reason is required. */
public record ReopenMeasure(
    @TargetAggregateIdentifier MeasureId measureId,
    Status status, String reason) {}
