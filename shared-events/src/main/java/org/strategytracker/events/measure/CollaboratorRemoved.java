package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** A collaborator no longer works on the measure. */
@Revision("1")
public record CollaboratorRemoved(MeasureId measureId, Collaborator collaborator, String reason) {}
