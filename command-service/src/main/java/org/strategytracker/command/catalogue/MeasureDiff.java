package org.strategytracker.command.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import org.strategytracker.command.catalogue.ImportReport.Note;
import org.strategytracker.command.measure.*;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.events.measure.PeriodParser;

/**
 * The commands that bring a known measure in line with its catalogue entry. A value is changed only
 * when the catalogue changed it since the last import ({@code imported}) and the measure does not
 * already have it ({@code current}): what people changed in the tracker since then stays.
 */
final class MeasureDiff {

  private final CatalogueEntry entry;
  private final MeasureContent wanted;
  private final MeasureContent imported;
  private final MeasureContent current;
  private final String reason;
  private final List<Note> notes;
  private final MeasureId id;
  private final List<PlannedCommand> commands = new ArrayList<>();

  MeasureDiff(
      CatalogueEntry entry, MeasureHistory.Recorded recorded, String reason, List<Note> notes) {
    this.entry = entry;
    this.wanted = entry.content();
    this.imported = recorded.imported();
    this.current = recorded.current();
    this.reason = reason;
    this.notes = notes;
    this.id = wanted.id();
  }

  List<PlannedCommand> commands() {
    details();
    if (changes(wanted.leadUnit(), imported.leadUnit(), current.leadUnit())) {
      send(new AssignLeadUnit(id, wanted.leadUnit(), reason), entry.row().origin());
    }
    for (Collaborator collaborator : wanted.collaborators()) {
      if (!imported.collaborators().contains(collaborator)
          && !current.collaborators().contains(collaborator)) {
        send(new AddCollaborator(id, collaborator), entry.row().origin());
      }
    }
    for (Collaborator collaborator : imported.collaborators()) {
      if (!wanted.collaborators().contains(collaborator)
          && current.collaborators().contains(collaborator)) {
        send(new RemoveCollaborator(id, collaborator, reason), entry.row().origin());
      }
    }
    if (changes(wanted.priority(), imported.priority(), current.priority())) {
      send(new AssignPriority(id, wanted.priority(), reason), entry.row().origin());
    }
    if (changes(wanted.periodText(), imported.periodText(), current.periodText())) {
      send(
          new PlanPeriod(id, PeriodParser.parse(wanted.periodText()), reason),
          entry.row().origin());
    }
    wanted.milestones().forEach(this::milestone);
    wanted.kpis().forEach(this::kpi);
    return commands;
  }

  private void details() {
    String title = pick(wanted.title(), imported.title(), current.title());
    String field = pick(wanted.fieldOfAction(), imported.fieldOfAction(), current.fieldOfAction());
    String description = pick(wanted.description(), imported.description(), current.description());
    String measurability =
        pick(wanted.measurability(), imported.measurability(), current.measurability());
    if (!Objects.equals(title, current.title())
        || !Objects.equals(field, current.fieldOfAction())
        || !Objects.equals(description, current.description())
        || !Objects.equals(measurability, current.measurability())) {
      send(
          new ReviseMeasureDetails(id, title, field, description, measurability, reason),
          entry.row().origin());
    }
  }

  private void milestone(String milestoneId, MeasureContent.Milestone milestone) {
    Origin origin = entry.milestoneOrigins().get(milestoneId);
    MeasureContent.Milestone now = current.milestones().get(milestoneId);
    MeasureContent.Milestone before = imported.milestones().get(milestoneId);
    if (now == null) {
      send(
          new PlanMilestone(id, new MilestoneId(milestoneId), milestone.title(), milestone.due()),
          origin);
      return;
    }
    if (changes(milestone.due(), before == null ? null : before.due(), now.due())) {
      if (milestone.due() == null || !now.pending()) {
        note(
            "Neue Fälligkeit des Meilensteins „"
                + milestoneId
                + "“ nicht übernommen: "
                + (milestone.due() == null
                    ? "ein Fälligkeitsdatum kann nicht entfernt werden."
                    : "er ist bereits erreicht oder aufgegeben."));
      } else {
        send(
            new RescheduleMilestone(id, new MilestoneId(milestoneId), milestone.due(), reason),
            origin);
      }
    }
    if (before != null
        && !milestone.title().equals(before.title())
        && !milestone.title().equals(now.title())) {
      note(
          "Neuer Titel des Meilensteins „"
              + milestoneId
              + "“ nicht übernommen: Meilensteine werden nicht umbenannt.");
    }
  }

  private void kpi(String kpiId, MeasureContent.Kpi kpi) {
    Origin origin = entry.kpiOrigins().get(kpiId);
    MeasureContent.Kpi now = current.kpis().get(kpiId);
    MeasureContent.Kpi before = imported.kpis().get(kpiId);
    if (now == null) {
      send(
          new DefineKpi(
              id,
              new KpiId(kpiId),
              kpi.name(),
              kpi.unit(),
              kpi.direction(),
              kpi.baseline(),
              kpi.target(),
              kpi.targetDate()),
          origin);
      return;
    }
    if ((before == null || !sameTarget(kpi, before)) && !sameTarget(kpi, now)) {
      send(
          new ChangeKpiTarget(id, new KpiId(kpiId), kpi.target(), kpi.targetDate(), reason),
          origin);
    }
    if (before != null && !sameDefinition(kpi, before) && !sameDefinition(kpi, now)) {
      note(
          "Geänderte Definition der Kennzahl „"
              + kpiId
              + "“ (Name, Einheit, Richtung, Ausgangswert) nicht übernommen: nur Zielwerte ändern sich.");
    }
  }

  /** Whether the catalogue changed the value since the last import and the measure lacks it. */
  private static <T> boolean changes(T wantedValue, T importedValue, T currentValue) {
    return !Objects.equals(wantedValue, importedValue)
        && !Objects.equals(wantedValue, currentValue);
  }

  private static <T> T pick(T wantedValue, T importedValue, T currentValue) {
    return Objects.equals(wantedValue, importedValue) ? currentValue : wantedValue;
  }

  private static boolean sameTarget(MeasureContent.Kpi a, MeasureContent.Kpi b) {
    return same(a.target(), b.target()) && Objects.equals(a.targetDate(), b.targetDate());
  }

  private static boolean sameDefinition(MeasureContent.Kpi a, MeasureContent.Kpi b) {
    return a.name().equals(b.name())
        && a.unit().equals(b.unit())
        && a.direction() == b.direction()
        && same(a.baseline(), b.baseline());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private void send(Object command, Origin origin) {
    commands.add(
        new PlannedCommand(id, command, reason, origin == null ? entry.row().origin() : origin));
  }

  private void note(String text) {
    notes.add(new Note(id.value(), Note.Kind.NOT_APPLIED, text));
  }
}
