package org.strategytracker.events.measure;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A milestone was reached on the given day. */
@Revision("1")
public record MilestoneReached(
    MeasureId measureId, MilestoneId milestoneId, LocalDate reachedOn, String comment) {}
