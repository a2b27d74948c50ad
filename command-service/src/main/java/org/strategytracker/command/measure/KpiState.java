package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What the aggregate remembers of a KPI: its target and each recorded value by id. */
record KpiState(BigDecimal target, LocalDate targetDate, Map<String, KpiValueState> values) {

  KpiState withTarget(BigDecimal newTarget, LocalDate newTargetDate) {
    return new KpiState(newTarget, newTargetDate, values);
  }

  KpiState withValue(String valueId, KpiValueState value) {
    Map<String, KpiValueState> changed = new HashMap<>(values);
    changed.put(valueId, value);
    return new KpiState(target, targetDate, changed);
  }

  /** A recorded value as it stands after any corrections. */
  record KpiValueState(BigDecimal value, LocalDate observedOn) {}
}
