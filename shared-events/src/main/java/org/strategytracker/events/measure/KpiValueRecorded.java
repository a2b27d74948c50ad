package org.strategytracker.events.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A KPI value was observed on a given day (which is not the day it was recorded). */
@Revision("1")
public record KpiValueRecorded(
    MeasureId measureId,
    KpiId kpiId,
    KpiValueId valueId,
    BigDecimal value,
    LocalDate observedOn,
    String comment) {}
