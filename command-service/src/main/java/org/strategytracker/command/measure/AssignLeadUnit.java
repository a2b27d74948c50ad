package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.OrgUnit;

/** Hand the lead of the measure to another unit. */
public record AssignLeadUnit(
    @TargetAggregateIdentifier MeasureId measureId, OrgUnit leadUnit, String reason) {}
