package org.strategytracker.events.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A recorded KPI value was corrected; the original stays in the history. */
@Revision("1")
public record KpiValueCorrected(
    MeasureId measureId,
    KpiId kpiId,
    KpiValueId valueId,
    BigDecimal previousValue,
    BigDecimal value,
    LocalDate previousObservedOn,
    LocalDate observedOn,
    String reason) {}
