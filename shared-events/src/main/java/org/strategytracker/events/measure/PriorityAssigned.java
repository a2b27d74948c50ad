package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** The strategy office set the measure's priority (1 to 3), with its reason. */
@Revision("1")
public record PriorityAssigned(
    MeasureId measureId, Priority priority, Priority previousPriority, String reason) {}
