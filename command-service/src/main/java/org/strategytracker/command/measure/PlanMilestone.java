package org.strategytracker.command.measure;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;

/** Add a milestone with its due date. */
public record PlanMilestone(
    @TargetAggregateIdentifier MeasureId measureId,
    MilestoneId milestoneId,
    String title,
    LocalDate dueDate) {}
