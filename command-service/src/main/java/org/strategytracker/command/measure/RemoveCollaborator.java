package org.strategytracker.command.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.MeasureId;

/** Remove a collaborator from the measure. */
public record RemoveCollaborator(
    @TargetAggregateIdentifier MeasureId measureId, Collaborator collaborator, String reason) {}
