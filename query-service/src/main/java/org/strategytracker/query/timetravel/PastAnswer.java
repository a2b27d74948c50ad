package org.strategytracker.query.timetravel;

/**
 * A live answer type ({@code MeasureDetail}, {@code Dashboard}, {@code KpiSeries}) as of a date, as
 * known at a moment, together with the basis it was built from.
 */
public record PastAnswer<T>(Basis basis, T answer) {}
