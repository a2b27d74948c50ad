package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;

/** Revise the title, field of action, description and measurability text. */
public record ReviseMeasureDetails(
    @TargetAggregateIdentifier MeasureId measureId,
    String title,
    String fieldOfAction,
    String description,
    String measurability,
    String reason) {}
