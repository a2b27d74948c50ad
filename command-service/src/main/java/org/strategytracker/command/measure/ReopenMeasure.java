package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.Status;

/** Reopen a completed or cancelled measure; a reason is required. */
public record ReopenMeasure(
    @TargetAggregateIdentifier MeasureId measureId, Status status, String reason) {}
