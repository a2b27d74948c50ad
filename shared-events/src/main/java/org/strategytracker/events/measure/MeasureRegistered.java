package org.strategytracker.events.measure;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A measure entered the catalogue with everything the strategy document says about it. */
@Revision("1")
public record MeasureRegistered(
    MeasureId measureId,
    String title,
    String fieldOfAction,
    OrgUnit leadUnit,
    List<Collaborator> collaborators,
    Priority priority,
    String description,
    String measurability,
    Period period) {}
