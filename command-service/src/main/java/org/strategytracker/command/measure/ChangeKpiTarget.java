package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.MeasureId;

/** Change a KPI's target and target date; a reason is required. */
public record ChangeKpiTarget(
    @TargetAggregateIdentifier MeasureId measureId,
    KpiId kpiId,
    BigDecimal target,
    LocalDate targetDate,
    String reason)
    implements KpiCommand {}
