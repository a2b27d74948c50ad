package org.strategytracker.query.history;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.strategytracker.platform.security.Role;

/**
 * Who may see which pseudonymous actor made a change: editors, the strategy office and auditors.
 * The public view and viewers see the unit, the reason and the change, but not the actor id.
 */
final class IdentityVisibility {

  private static final Set<String> SEE_ACTORS =
      Set.of(Role.EDITOR.authority(), Role.STRATEGY_OFFICE.authority(), Role.AUDITOR.authority());

  private IdentityVisibility() {}

  static boolean actorsVisible() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(SEE_ACTORS::contains);
  }

  static HistoryPage apply(HistoryPage page) {
    if (actorsVisible()) {
      return page;
    }
    return new HistoryPage(
        page.items().stream().map(IdentityVisibility::withoutActor).toList(),
        page.page(),
        page.size(),
        page.totalItems());
  }

  private static HistoryEntry withoutActor(HistoryEntry e) {
    return new HistoryEntry(
        e.eventId(),
        e.measureId(),
        e.version(),
        e.eventType(),
        e.occurredAt(),
        null,
        e.actorUnit(),
        e.source(),
        e.correlationId(),
        e.reason(),
        e.changes(),
        e.summary());
  }
}
