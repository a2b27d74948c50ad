package org.strategytracker.events.measure;

/** Which way a KPI should move for the measure to be on track. */
public enum KpiDirection {
  INCREASE,
  DECREASE,
  MAINTAIN
}
