package org.strategytracker.command.measure;

import org.strategytracker.events.measure.KpiId;

/**
 * A command for one KPI of a measure. The measure checks that the KPI exists before Axon routes the
 * command to it, so an unknown id is a rule violation and not a routing failure.
 */
interface KpiCommand {

  KpiId kpiId();
}
