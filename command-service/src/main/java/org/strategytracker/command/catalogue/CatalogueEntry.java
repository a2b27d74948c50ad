package org.strategytracker.command.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MeasureRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.OrgUnit;

/**
 * One measure of a validated catalogue: what it should look like, and where each part came from, so
 * that a rejection by the aggregate can still name the row.
 */
record CatalogueEntry(
    MeasureRow row,
    MeasureContent content,
    Map<String, Origin> milestoneOrigins,
    Map<String, Origin> kpiOrigins) {

  /** The entries of a catalogue the {@link CatalogueValidator} found no problem with. */
  static List<CatalogueEntry> of(Catalogue catalogue) {
    return catalogue.measures().stream().map(row -> entry(row, catalogue)).toList();
  }

  private static CatalogueEntry entry(MeasureRow row, Catalogue catalogue) {
    Set<Collaborator> collaborators = new LinkedHashSet<>();
    row.units().forEach(unit -> collaborators.add(Collaborator.unit(unit)));
    row.coLeadUnits().forEach(unit -> collaborators.add(Collaborator.unit(unit)));
    row.partners()
        .forEach(
            partner -> collaborators.add(new Collaborator(partner, Collaborator.Kind.PARTNER)));
    row.groups()
        .forEach(group -> collaborators.add(new Collaborator(group, Collaborator.Kind.GROUP)));
    Map<String, MeasureContent.Milestone> milestones = new LinkedHashMap<>();
    Map<String, Origin> milestoneOrigins = new LinkedHashMap<>();
    for (MilestoneRow milestone : catalogue.milestones()) {
      if (milestone.measureId().equals(row.id())) {
        milestones.put(
            milestone.id(),
            new MeasureContent.Milestone(
                milestone.title().strip(), Cells.date(milestone.due()), true));
        milestoneOrigins.put(milestone.id(), milestone.origin());
      }
    }
    Map<String, MeasureContent.Kpi> kpis = new LinkedHashMap<>();
    Map<String, Origin> kpiOrigins = new LinkedHashMap<>();
    for (KpiRow kpi : catalogue.kpis()) {
      if (kpi.measureId().equals(row.id())) {
        kpis.put(
            kpi.id(),
            new MeasureContent.Kpi(
                kpi.name().strip(),
                kpi.unit().strip(),
                Cells.direction(kpi.direction()),
                Cells.decimal(kpi.baseline()),
                Cells.decimal(kpi.target()),
                Cells.date(kpi.targetDate())));
        kpiOrigins.put(kpi.id(), kpi.origin());
      }
    }
    MeasureContent content =
        new MeasureContent(
            new MeasureId(row.id()),
            MeasureContent.text(row.title()),
            MeasureContent.text(row.fieldOfAction()),
            MeasureContent.text(row.description()),
            MeasureContent.text(row.measurability()),
            OrgUnit.of(row.leadUnit()),
            collaborators,
            Cells.priority(row.priority()),
            row.period() == null ? "" : row.period().strip(),
            milestones,
            kpis);
    return new CatalogueEntry(row, content, milestoneOrigins, kpiOrigins);
  }
}
