package org.strategytracker.events.measure;

import org.axonframework.serialization.Revision;

/** Another unit now leads the measure. */
@Revision("1")
public record LeadUnitAssigned(
    MeasureId measureId, OrgUnit leadUnit, OrgUnit previousLeadUnit, String reason) {}
