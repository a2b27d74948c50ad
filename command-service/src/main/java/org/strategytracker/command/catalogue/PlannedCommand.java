package org.strategytracker.command.catalogue;

import org.strategytracker.command.catalogue.Catalogue.Origin;
import org.strategytracker.events.measure.MeasureId;

/**
 * A command the import will send, with the reason it records and the catalogue row it comes from.
 */
record PlannedCommand(MeasureId measureId, Object command, String reason, Origin origin) {

  String describe() {
    return measureId + ": " + command.getClass().getSimpleName();
  }
}
