package org.strategytracker.command.actor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Takes the actor from the {@code X-Actor} and {@code X-Actor-Unit} headers: the stand-in until
 * authentication lands. Clients can claim any identity through it; do not expose it publicly.
 */
public class HeaderActorResolver implements ActorResolver {

  public static final String ACTOR_HEADER = "X-Actor";
  public static final String UNIT_HEADER = "X-Actor-Unit";
  private static final Pattern ACTOR_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

  @Override
  public Actor resolve(HttpServletRequest request) {
    String id = request.getHeader(ACTOR_HEADER);
    if (id == null || id.isBlank()) {
      throw RuleViolation.input(ACTOR_HEADER, "required", "Der Header X-Actor (pseudonyme Kennung der handelnden Person) fehlt.");
    }
    if (!ACTOR_ID.matcher(id).matches()) {
      throw RuleViolation.input(ACTOR_HEADER, "format", "X-Actor darf nur Buchstaben, Ziffern und ._:@- enthalten (höchstens 100 Zeichen).");
    }
    String unit = request.getHeader(UNIT_HEADER);
    try {
      return new Actor(id, unit == null || unit.isBlank() ? null : OrgUnit.of(unit));
    } catch (IllegalArgumentException e) {
      throw RuleViolation.input(UNIT_HEADER, "format", "X-Actor-Unit ist kein gültiger Fachbereich: " + e.getMessage());
    }
  }
}
