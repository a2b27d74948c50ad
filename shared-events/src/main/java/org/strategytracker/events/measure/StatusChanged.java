package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** The measure moved from one status to another. */
@Revision("1")
public record StatusChanged(MeasureId measureId, Status from, Status to, String reason) {}
