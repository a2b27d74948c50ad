package org.strategytracker.events.measure;

/** The department's own traffic light on a progress report. */
public enum Health {
  GREEN,
  AMBER,
  RED
}
