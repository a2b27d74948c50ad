package org.strategytracker.query.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;

/** Lets operators rebuild a projection while the API keeps answering, and follow its progress. */
@RestController
@RequestMapping(path = "/api/v1/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Betrieb", description = "Projektionen neu aufbauen, Dead Letters wiederholen")
class ProjectionAdminController {

  private final ProjectionRebuilds rebuilds;

  ProjectionAdminController(ProjectionRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @PostMapping("/{name}/rebuild")
  @Operation(
      summary =
          "Projektion ohne Ausfall neu aufbauen (portfolio, history, kpi); 202 mit Status-URL")
  ResponseEntity<RebuildStatus> rebuild(@PathVariable String name) {
    RebuildStatus status = rebuilds.start(name);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/admin/projections/rebuilds/" + status.id()))
        .body(status);
  }

  @GetMapping("/rebuilds/{id}")
  @Operation(summary = "Stand eines Neuaufbaus: Position im Ereignisstrom, Zustand, Fehler")
  RebuildStatus status(@PathVariable String id) {
    return rebuilds
        .status(id)
        .orElseThrow(
            () ->
                RuleViolation.notFound(
                    "id", "unknown-rebuild", "Diesen Neuaufbau gibt es nicht: " + id));
  }
}
