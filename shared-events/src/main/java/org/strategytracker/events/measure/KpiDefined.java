package org.strategytracker.events.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A key performance indicator was defined for the measure; baseline, target and target date may be
 * absent.
 */
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
