package org.strategytracker.events.measure;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A milestone was added to the measure with its due date. */
@Revision("1")
public record MilestonePlanned(
    MeasureId measureId, MilestoneId milestoneId, String title, LocalDate dueDate) {}
