package org.strategytracker.query.portfolio;

import org.strategytracker.query.portfolio.MeasureDetail.KpiView;

/** A KPI of a measure where it stands now, for figures across all measures. */
public record KpiStanding(String measureId, KpiView kpi) {}
