package org.strategytracker.command.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands an import sends, and what it found on the way; filled in by the {@link
 * ImportPlanner}.
 */
final class ImportPlan {

  final List<PlannedCommand> commands = new ArrayList<>();
  final List<ImportReport.Note> notes = new ArrayList<>();
  int registered;
  int changed;
  int unchanged;

  ImportReport report(Catalogue catalogue, boolean dryRun) {
    return new ImportReport(
        catalogue.document(),
        dryRun,
        catalogue.measures().size(),
        catalogue.milestones().size(),
        catalogue.kpis().size(),
        registered,
        changed,
        unchanged,
        commands.size(),
        commands.stream().map(PlannedCommand::describe).toList(),
        List.copyOf(notes));
  }
}
