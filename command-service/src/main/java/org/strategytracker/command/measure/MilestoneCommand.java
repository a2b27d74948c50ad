package org.strategytracker.command.measure;

import org.strategytracker.events.measure.MilestoneId;

/**
 * A command for one milestone of a measure. The measure checks that the milestone exists before
 * Axon routes the command to it, so an unknown id is a rule violation and not a routing failure.
 */
interface MilestoneCommand {

  MilestoneId milestoneId();
}
