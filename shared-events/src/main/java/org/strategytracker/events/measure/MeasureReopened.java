package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** A completed or cancelled measure was explicitly reopened. */
@Revision("1")
public record MeasureReopened(MeasureId measureId, Status from, Status to, String reason) {}
