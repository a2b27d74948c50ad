package org.strategytracker.query.timetravel;

import java.util.List;
import org.strategytracker.query.portfolio.MeasureSummary;

/**
 * One page of the measure list as of a date, as known at a moment, with the basis it was built
 * from.
 */
public record PastMeasurePage(
    Basis basis, List<MeasureSummary> items, int page, int size, long totalItems) {}
