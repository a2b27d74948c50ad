package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.MeasureId;

/** Define a KPI; baseline, target and target date are optional. */
public record DefineKpi(
    @TargetAggregateIdentifier MeasureId measureId,
    KpiId kpiId,
    String name,
    String unit,
    KpiDirection direction,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate targetDate) {}
