package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** The measure's title, field of action, description or measurability text was revised. */
@Revision("1")
public record MeasureDetailsRevised(
    MeasureId measureId,
    String title,
    String fieldOfAction,
    String description,
    String measurability,
    String reason) {}
