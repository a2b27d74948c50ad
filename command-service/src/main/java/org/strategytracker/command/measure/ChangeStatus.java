package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.Status;

/** Move the measure to another status; a reason is required. */
public record ChangeStatus(
    @TargetAggregateIdentifier MeasureId measureId, Status status, String reason) {}
