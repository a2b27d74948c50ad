package org.strategytracker.command.measure;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;

/** Move a milestone's due date; a reason is required. */
public record RescheduleMilestone(
    @TargetAggregateIdentifier MeasureId measureId,
    MilestoneId milestoneId,
    LocalDate dueDate,
    String reason)
    implements MilestoneCommand {}
