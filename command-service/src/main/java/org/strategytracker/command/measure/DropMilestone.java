package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;

/** Give up a milestone; a reason is required. */
public record DropMilestone(
    @TargetAggregateIdentifier MeasureId measureId, MilestoneId milestoneId, String reason)
    implements MilestoneCommand {}
