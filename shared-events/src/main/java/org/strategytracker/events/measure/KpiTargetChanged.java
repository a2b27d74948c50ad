package org.strategytracker.events.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A KPI's target or target date changed; the previous ones are kept. */
@Revision("1")
public record KpiTargetChanged(
    MeasureId measureId,
    KpiId kpiId,
    BigDecimal previousTarget,
    LocalDate previousTargetDate,
    BigDecimal target,
    LocalDate targetDate,
    String reason) {}
