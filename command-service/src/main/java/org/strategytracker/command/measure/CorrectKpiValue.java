package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.KpiValueId;
import org.strategytracker.events.measure.MeasureId;

/** Correct a recorded KPI value; the original is kept and a reason is required. */
public record CorrectKpiValue(
    @TargetAggregateIdentifier MeasureId measureId,
    KpiId kpiId,
    KpiValueId valueId,
    BigDecimal value,
    LocalDate observedOn,
    String reason)
    implements KpiCommand {}
