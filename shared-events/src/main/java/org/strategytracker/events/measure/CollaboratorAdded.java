package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** A unit, partner or group now works on the measure. */
@Revision("1")
public record CollaboratorAdded(MeasureId measureId, Collaborator collaborator) {}
