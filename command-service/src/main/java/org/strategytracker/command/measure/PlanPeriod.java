package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.Period;

/** Set the measure's period as the city writes it. */
public record PlanPeriod(
    @TargetAggregateIdentifier MeasureId measureId, Period period, String reason) {}
