package org.strategytracker.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.security.TrackerSecurityProperties;
import org.strategytracker.platform.security.TrackerUser;

/**
 * "Who am I": the signed-in person's name, roles and units; anonymous visitors get {@code
 * anonymous: true}.
 */
@RestController
@Tag(name = "Oberfläche", description = "Angaben für die Weboberfläche")
class MeController {

  private final String login;

  MeController(TrackerSecurityProperties properties) {
    if (properties.mode() == TrackerSecurityProperties.Mode.LOCAL) {
      this.login = "form";
    } else {
      this.login = properties.browserLoginAtProvider() ? "oidc" : "token";
    }
  }

  @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Angemeldete Person mit Rollen und Einheiten")
  ResponseEntity<Me> me() {
    Me me =
        TrackerUser.current()
            .map(
                user ->
                    new Me(
                        false,
                        user.username(),
                        user.displayName(),
                        user.roles().stream().map(Enum::name).sorted().toList(),
                        user.units().stream().map(OrgUnit::code).toList(),
                        login))
            .orElseGet(() -> new Me(true, null, null, List.of(), List.of(), login));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(me);
  }
}
