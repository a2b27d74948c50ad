package org.strategytracker.command.measure;

import java.time.LocalDate;

/** What the aggregate remembers of a milestone to decide on the next command. */
record MilestoneState(LocalDate dueDate, boolean reached, boolean dropped) {

  MilestoneState rescheduled(LocalDate newDueDate) {
    return new MilestoneState(newDueDate, reached, dropped);
  }

  MilestoneState markReached() {
    return new MilestoneState(dueDate, true, dropped);
  }

  MilestoneState markDropped() {
    return new MilestoneState(dueDate, reached, true);
  }
}
