package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A key performance indicator was defined for the measure; baseline, target and target date may be absent. */
@Revision("1")
public record KpiDefined(
    MeasureId measureId,
    KpiId kpiId,
    String name,
    String unit,
    KpiDirection direction,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate targetDate) {}
