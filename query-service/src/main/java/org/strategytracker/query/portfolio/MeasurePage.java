package org.strategytracker.query.portfolio;

import java.util.List;

/** One page of the measure list, with the number of all measures that match. */
public record MeasurePage(List<MeasureSummary> items, int page, int size, long totalItems) {}
