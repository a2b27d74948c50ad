package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.MeasureId;

/** Add a unit, partner or group that works on the measure. */
public record AddCollaborator(
    @TargetAggregateIdentifier MeasureId measureId, Collaborator collaborator) {}
