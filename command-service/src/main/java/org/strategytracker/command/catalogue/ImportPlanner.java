package org.strategytracker.command.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strategytracker.command.catalogue.ImportReport.Note;
import org.strategytracker.command.measure.DefineKpi;
import org.strategytracker.command.measure.PlanMilestone;
import org.strategytracker.command.measure.RegisterMeasure;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.events.measure.PeriodParser;

/**
 * Decides which commands an import sends: a measure the store does not know is registered with its
 * milestones and KPIs; a known one gets a command only for what the catalogue changed (see {@link
 * MeasureDiff}). Importing the same catalogue again therefore plans nothing.
 */
@Component
class ImportPlanner {

  private final MeasureHistory history;

  ImportPlanner(MeasureHistory history) {
    this.history = history;
  }

  ImportPlan plan(Catalogue catalogue, List<CatalogueEntry> entries) {
    ImportPlan plan = new ImportPlan();
    for (CatalogueEntry entry : entries) {
      noteFindings(entry, plan);
      Optional<MeasureHistory.Recorded> recorded = history.read(entry.content().id());
      if (recorded.isEmpty()) {
        register(entry, "Import: " + catalogue.document(), plan);
        plan.registered++;
        continue;
      }
      List<PlannedCommand> changes =
          new MeasureDiff(
                  entry,
                  recorded.get(),
                  "Import: " + catalogue.document() + " (geänderter Katalog)",
                  plan.notes)
              .commands();
      if (changes.isEmpty()) {
        plan.unchanged++;
      } else if (recorded.get().closed()) {
        plan.notes.add(
            new Note(
                entry.row().id(),
                Note.Kind.NOT_APPLIED,
                "Die Maßnahme ist abgeschlossen oder abgebrochen; "
                    + changes.size()
                    + " Änderung(en) des Katalogs nicht übernommen."));
        plan.unchanged++;
      } else {
        plan.commands.addAll(changes);
        plan.changed++;
      }
    }
    return plan;
  }

  private static void register(CatalogueEntry entry, String reason, ImportPlan plan) {
    MeasureContent measure = entry.content();
    plan.commands.add(
        new PlannedCommand(
            measure.id(),
            new RegisterMeasure(
                measure.id(),
                measure.title(),
                measure.fieldOfAction(),
                measure.leadUnit(),
                List.copyOf(measure.collaborators()),
                measure.priority(),
                measure.description(),
                measure.measurability(),
                PeriodParser.parse(measure.periodText())),
            reason,
            entry.row().origin()));
    measure
        .milestones()
        .forEach(
            (id, milestone) ->
                plan.commands.add(
                    new PlannedCommand(
                        measure.id(),
                        new PlanMilestone(
                            measure.id(), new MilestoneId(id), milestone.title(), milestone.due()),
                        reason,
                        entry.milestoneOrigins().get(id))));
    measure
        .kpis()
        .forEach(
            (id, kpi) ->
                plan.commands.add(
                    new PlannedCommand(
                        measure.id(),
                        new DefineKpi(
                            measure.id(),
                            new KpiId(id),
                            kpi.name(),
                            kpi.unit(),
                            kpi.direction(),
                            kpi.baseline(),
                            kpi.target(),
                            kpi.targetDate()),
                        reason,
                        entry.kpiOrigins().get(id))));
  }

  private static void noteFindings(CatalogueEntry entry, ImportPlan plan) {
    Catalogue.MeasureRow row = entry.row();
    if (row.detailTitle() != null && !row.detailTitle().equals(row.title())) {
      plan.notes.add(
          new Note(
              row.id(),
              Note.Kind.ALIAS,
              "Die Detailseite nennt die Maßnahme „"
                  + row.detailTitle()
                  + "“; es gilt der Name der Prioritätentabelle „"
                  + row.title()
                  + "“."));
    }
    row.discrepancies()
        .forEach(text -> plan.notes.add(new Note(row.id(), Note.Kind.DISCREPANCY, text)));
    row.coLeadUnits()
        .forEach(
            unit ->
                plan.notes.add(
                    new Note(
                        row.id(),
                        Note.Kind.CO_LEAD,
                        "„"
                            + unit
                            + "“ führt gemeinsam mit „"
                            + row.leadUnit()
                            + "“; erfasst als mitwirkender Fachbereich, da eine Maßnahme genau einen federführenden Fachbereich hat.")));
  }
}
