package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.Priority;

/** Set the measure's priority; a reason is required. */
public record AssignPriority(
    @TargetAggregateIdentifier MeasureId measureId, Priority priority, String reason) {}
