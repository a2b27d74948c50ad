package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** A milestone was reached on the given day. */
@Revision("1")
public record MilestoneReached(
    MeasureId measureId, MilestoneId milestoneId, LocalDate reachedOn, String comment) {}
