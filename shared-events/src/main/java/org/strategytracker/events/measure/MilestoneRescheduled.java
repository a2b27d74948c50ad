package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** A milestone's due date moved; the previous date is kept. */
@Revision("1")
public record MilestoneRescheduled(
    MeasureId measureId,
    MilestoneId milestoneId,
    LocalDate previousDueDate,
    LocalDate dueDate,
    String reason) {}
