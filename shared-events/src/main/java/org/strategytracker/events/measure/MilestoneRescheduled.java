package org.strategytracker.events.measure;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A milestone's due date moved; the previous date is kept. */
@Revision("1")
public record MilestoneRescheduled(
    MeasureId measureId,
    MilestoneId milestoneId,
    LocalDate previousDueDate,
    LocalDate dueDate,
    String reason) {}
