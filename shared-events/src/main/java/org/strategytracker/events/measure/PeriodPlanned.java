package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** The measure's period was set, in the city's own words and as parsed. */
@Revision("1")
public record PeriodPlanned(
    MeasureId measureId, Period period, Period previousPeriod, String reason) {}
