package org.strategytracker.command.actor;

import jakarta.servlet.http.HttpServletRequest;
import org.strategytracker.platform.security.TrackerUser;
import org.strategytracker.platform.web.RuleViolation;

/**
 * The actor is the authenticated principal; nothing a client sends (no header, no body field) can
 * change it. It acts for its first unit.
 */
public class AuthenticatedActorResolver implements ActorResolver {

  @Override
  public Actor resolve(HttpServletRequest request) {
    TrackerUser user =
        TrackerUser.current()
            .orElseThrow(
                () ->
                    RuleViolation.forbidden(
                        "Authorization",
                        "unauthenticated",
                        "Änderungen erfordern eine Anmeldung."));
    return new Actor(
        user.actorId(),
        user.units().isEmpty() ? null : user.units().get(0),
        user.roles(),
        user.units());
  }
}
