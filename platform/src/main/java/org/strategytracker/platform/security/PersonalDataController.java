package org.strategytracker.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Erasure of a person's name and e-mail on request (GDPR Art. 17); the history keeps the
 * pseudonymous id.
 */
@RestController
@RequestMapping("/api/v1/admin/actors")
@Tag(name = "Datenschutz", description = "Personenbezogene Daten von Handelnden")
class PersonalDataController {

  private final ActorDirectory directory;

  PersonalDataController(ActorDirectory directory) {
    this.directory = directory;
  }

  @DeleteMapping("/{actorId}/personal-data")
  @Operation(
      summary =
          "Name und E-Mail einer Person löschen (Historie bleibt, zeigt „ehemalige:r Mitarbeiter:in“)")
  ResponseEntity<Void> erase(@PathVariable String actorId) {
    if (!directory.erase(actorId)) {
      throw RuleViolation.notFound(
          "actorId",
          "unknown-actor",
          "Zu dieser Kennung sind keine personenbezogenen Daten gespeichert.");
    }
    return ResponseEntity.noContent().build();
  }
}
