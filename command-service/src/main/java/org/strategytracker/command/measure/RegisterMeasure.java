package org.strategytracker.command.measure;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.Period;
import org.strategytracker.events.measure.Priority;

/** Put a measure into the catalogue. */
public record RegisterMeasure(
    @TargetAggregateIdentifier MeasureId measureId,
    String title,
    String fieldOfAction,
    OrgUnit leadUnit,
    List<Collaborator> collaborators,
    Priority priority,
    String description,
    String measurability,
    Period period) {}
