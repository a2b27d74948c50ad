package org.strategytracker.command.measure;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;

/** Record that a milestone was reached on a day that is not in the future. */
public record ReachMilestone(
    @TargetAggregateIdentifier MeasureId measureId,
    MilestoneId milestoneId,
    LocalDate reachedOn,
    String comment)
    implements MilestoneCommand {}
