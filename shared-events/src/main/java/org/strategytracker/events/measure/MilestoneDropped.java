package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** A milestone will not be pursued any more. */
@Revision("1")
public record MilestoneDropped(MeasureId measureId, MilestoneId milestoneId, String reason) {}
