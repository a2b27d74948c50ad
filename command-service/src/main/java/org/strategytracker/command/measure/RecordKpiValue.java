package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.KpiValueId;
import org.strategytracker.events.measure.MeasureId;

/** Record a KPI value observed on a day that is not in the future. */
public record RecordKpiValue(
    @TargetAggregateIdentifier MeasureId measureId,
    KpiId kpiId,
    KpiValueId valueId,
    BigDecimal value,
    LocalDate observedOn,
    String comment)
    implements KpiCommand {}
