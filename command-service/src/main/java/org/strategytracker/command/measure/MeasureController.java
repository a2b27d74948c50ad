package org.strategytracker.command.measure;

import static org.strategytracker.command.measure.Fields.convert;
import static org.strategytracker.command.measure.Fields.required;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.KpiValueId;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.PeriodParser;
import org.strategytracker.events.measure.Priority;
import org.strategytracker.platform.web.RuleViolation;

/**
 * The command API of a measure: each endpoint sends one command and answers with the new version.
 * It declares that it answers JSON, so a request that accepts no JSON is refused (406) before its
 * command runs, not after the command was stored.
 */
@RestController
@RequestMapping(path = "/api/v1/measures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Maßnahmen ändern",
    description = "Befehle an eine Maßnahme; jede Änderung wird als Ereignis gespeichert")
class MeasureController {

  private static final int MAX_COLLABORATORS = 100;
  private final CommandSender sender;

  MeasureController(CommandSender sender) {
    this.sender = sender;
  }

  @PostMapping
  @Operation(summary = "Maßnahme anlegen")
  ResponseEntity<CommandAccepted> register(
      @RequestBody MeasureRequests.Register body, HttpServletRequest request) {
    MeasureId id =
        body.id() == null ? MeasureId.random() : convert("id", body.id(), MeasureId::new);
    List<MeasureRequests.CollaboratorBody> collaborators =
        body.collaborators() == null ? List.of() : body.collaborators();
    if (collaborators.size() > MAX_COLLABORATORS) {
      throw RuleViolation.input(
          "collaborators", "length", "Höchstens " + MAX_COLLABORATORS + " Mitwirkende.");
    }
    var command =
        new RegisterMeasure(
            id,
            body.title(),
            body.fieldOfAction(),
            required("leadUnit", body.leadUnit(), OrgUnit::of),
            collaborators.stream().map(MeasureController::collaborator).toList(),
            required("priority", body.priority(), Priority::of),
            body.description(),
            body.measurability(),
            convert("period", body.period(), PeriodParser::parse));
    CommandAccepted accepted = sender.send(id, command, body.reason(), request);
    return created(accepted, "/api/v1/measures/" + id);
  }

  @PostMapping("/{id}/details")
  @Operation(summary = "Beschreibung überarbeiten")
  ResponseEntity<CommandAccepted> revise(
      @PathVariable String id,
      @RequestBody MeasureRequests.Details body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new ReviseMeasureDetails(
            measureId,
            body.title(),
            body.fieldOfAction(),
            body.description(),
            body.measurability(),
            body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/lead-unit")
  @Operation(summary = "Federführenden Fachbereich ändern")
  ResponseEntity<CommandAccepted> leadUnit(
      @PathVariable String id,
      @RequestBody MeasureRequests.LeadUnit body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new AssignLeadUnit(
            measureId, required("leadUnit", body.leadUnit(), OrgUnit::of), body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/collaborators")
  @Operation(summary = "Mitwirkende hinzufügen")
  ResponseEntity<CommandAccepted> addCollaborator(
      @PathVariable String id,
      @RequestBody MeasureRequests.CollaboratorBody body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    return ok(
        sender.send(measureId, new AddCollaborator(measureId, collaborator(body)), null, request));
  }

  @DeleteMapping("/{id}/collaborators")
  @Operation(summary = "Mitwirkende entfernen")
  ResponseEntity<CommandAccepted> removeCollaborator(
      @PathVariable String id,
      @RequestParam String name,
      @RequestParam(defaultValue = "UNIT") Collaborator.Kind kind,
      @RequestParam(required = false) String reason,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new RemoveCollaborator(
            measureId, collaborator(new MeasureRequests.CollaboratorBody(name, kind)), reason);
    return ok(sender.send(measureId, command, reason, request));
  }

  @PostMapping("/{id}/priority")
  @Operation(summary = "Priorität festlegen (1–3, mit Begründung)")
  ResponseEntity<CommandAccepted> priority(
      @PathVariable String id,
      @RequestBody MeasureRequests.PriorityChange body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new AssignPriority(
            measureId, required("priority", body.priority(), Priority::of), body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/period")
  @Operation(summary = "Zeitraum festlegen, in den Worten der Stadt")
  ResponseEntity<CommandAccepted> period(
      @PathVariable String id,
      @RequestBody MeasureRequests.PeriodChange body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new PlanPeriod(
            measureId, required("period", body.period(), PeriodParser::parse), body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/status")
  @Operation(summary = "Status ändern (mit Begründung)")
  ResponseEntity<CommandAccepted> status(
      @PathVariable String id,
      @RequestBody MeasureRequests.StatusChange body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    return ok(
        sender.send(
            measureId,
            new ChangeStatus(measureId, body.status(), body.reason()),
            body.reason(),
            request));
  }

  @PostMapping("/{id}/reopen")
  @Operation(summary = "Abgeschlossene oder abgebrochene Maßnahme wieder öffnen")
  ResponseEntity<CommandAccepted> reopen(
      @PathVariable String id,
      @RequestBody MeasureRequests.StatusChange body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    return ok(
        sender.send(
            measureId,
            new ReopenMeasure(measureId, body.status(), body.reason()),
            body.reason(),
            request));
  }

  @PostMapping("/{id}/progress")
  @Operation(summary = "Fortschritt melden")
  ResponseEntity<CommandAccepted> progress(
      @PathVariable String id,
      @RequestBody MeasureRequests.Progress body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    int percent = required("percentComplete", body.percentComplete(), Integer::intValue);
    return ok(
        sender.send(
            measureId,
            new ReportProgress(measureId, percent, body.health(), body.comment()),
            body.comment(),
            request));
  }

  @PostMapping("/{id}/milestones")
  @Operation(summary = "Meilenstein planen")
  ResponseEntity<CommandAccepted> planMilestone(
      @PathVariable String id,
      @RequestBody MeasureRequests.Milestone body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    MilestoneId milestoneId =
        body.id() == null ? MilestoneId.random() : convert("id", body.id(), MilestoneId::new);
    var command = new PlanMilestone(measureId, milestoneId, body.title(), body.dueDate());
    CommandAccepted accepted = sender.send(measureId, milestoneId.value(), command, null, request);
    return created(accepted, "/api/v1/measures/" + measureId + "/milestones/" + milestoneId);
  }

  @PostMapping("/{id}/milestones/{milestoneId}/reschedule")
  @Operation(summary = "Meilenstein verschieben (mit Begründung)")
  ResponseEntity<CommandAccepted> reschedule(
      @PathVariable String id,
      @PathVariable String milestoneId,
      @RequestBody MeasureRequests.Reschedule body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new RescheduleMilestone(
            measureId,
            convert("milestoneId", milestoneId, MilestoneId::new),
            body.dueDate(),
            body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/milestones/{milestoneId}/reached")
  @Operation(summary = "Meilenstein als erreicht melden")
  ResponseEntity<CommandAccepted> reached(
      @PathVariable String id,
      @PathVariable String milestoneId,
      @RequestBody(required = false) MeasureRequests.Reached body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    MeasureRequests.Reached reached = body == null ? new MeasureRequests.Reached(null, null) : body;
    var command =
        new ReachMilestone(
            measureId,
            convert("milestoneId", milestoneId, MilestoneId::new),
            reached.reachedOn(),
            reached.comment());
    return ok(sender.send(measureId, command, reached.comment(), request));
  }

  @PostMapping("/{id}/milestones/{milestoneId}/drop")
  @Operation(summary = "Meilenstein aufgeben (mit Begründung)")
  ResponseEntity<CommandAccepted> drop(
      @PathVariable String id,
      @PathVariable String milestoneId,
      @RequestBody MeasureRequests.Reason body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new DropMilestone(
            measureId, convert("milestoneId", milestoneId, MilestoneId::new), body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/kpis")
  @Operation(summary = "Kennzahl definieren")
  ResponseEntity<CommandAccepted> defineKpi(
      @PathVariable String id, @RequestBody MeasureRequests.Kpi body, HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    KpiId kpiId = body.id() == null ? KpiId.random() : convert("id", body.id(), KpiId::new);
    var command =
        new DefineKpi(
            measureId,
            kpiId,
            body.name(),
            body.unit(),
            body.direction(),
            body.baseline(),
            body.target(),
            body.targetDate());
    CommandAccepted accepted = sender.send(measureId, kpiId.value(), command, null, request);
    return created(accepted, "/api/v1/measures/" + measureId + "/kpis/" + kpiId);
  }

  @PostMapping("/{id}/kpis/{kpiId}/target")
  @Operation(summary = "Zielwert einer Kennzahl ändern (mit Begründung)")
  ResponseEntity<CommandAccepted> kpiTarget(
      @PathVariable String id,
      @PathVariable String kpiId,
      @RequestBody MeasureRequests.KpiTarget body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new ChangeKpiTarget(
            measureId,
            convert("kpiId", kpiId, KpiId::new),
            body.target(),
            body.targetDate(),
            body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  @PostMapping("/{id}/kpis/{kpiId}/values")
  @Operation(summary = "Messwert erfassen")
  ResponseEntity<CommandAccepted> recordValue(
      @PathVariable String id,
      @PathVariable String kpiId,
      @RequestBody MeasureRequests.KpiValue body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    KpiId kpi = convert("kpiId", kpiId, KpiId::new);
    KpiValueId valueId =
        body.id() == null ? KpiValueId.random() : convert("id", body.id(), KpiValueId::new);
    var command =
        new RecordKpiValue(
            measureId, kpi, valueId, body.value(), body.observedOn(), body.comment());
    CommandAccepted accepted =
        sender.send(measureId, valueId.value(), command, body.comment(), request);
    return created(
        accepted, "/api/v1/measures/" + measureId + "/kpis/" + kpi + "/values/" + valueId);
  }

  @PostMapping("/{id}/kpis/{kpiId}/values/{valueId}/correction")
  @Operation(summary = "Messwert korrigieren (das Original bleibt erhalten)")
  ResponseEntity<CommandAccepted> correctValue(
      @PathVariable String id,
      @PathVariable String kpiId,
      @PathVariable String valueId,
      @RequestBody MeasureRequests.KpiCorrection body,
      HttpServletRequest request) {
    MeasureId measureId = measureId(id);
    var command =
        new CorrectKpiValue(
            measureId,
            convert("kpiId", kpiId, KpiId::new),
            convert("valueId", valueId, KpiValueId::new),
            body.value(),
            body.observedOn(),
            body.reason());
    return ok(sender.send(measureId, command, body.reason(), request));
  }

  private static MeasureId measureId(String id) {
    return convert("id", id, MeasureId::new);
  }

  private static Collaborator collaborator(MeasureRequests.CollaboratorBody body) {
    if (body == null) {
      throw RuleViolation.input("collaborators", "required", "Mitwirkende brauchen einen Namen.");
    }
    Collaborator.Kind kind = body.kind() == null ? Collaborator.Kind.UNIT : body.kind();
    return required("collaborators.name", body.name(), name -> new Collaborator(name, kind));
  }

  private static ResponseEntity<CommandAccepted> ok(CommandAccepted accepted) {
    return ResponseEntity.ok().eTag(etag(accepted)).body(accepted);
  }

  private static ResponseEntity<CommandAccepted> created(
      CommandAccepted accepted, String location) {
    return ResponseEntity.created(URI.create(location)).eTag(etag(accepted)).body(accepted);
  }

  private static String etag(CommandAccepted accepted) {
    return "\"" + accepted.version() + "\"";
  }
}
