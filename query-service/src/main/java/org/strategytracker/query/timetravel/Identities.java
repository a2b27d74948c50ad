package org.strategytracker.query.timetravel;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.strategytracker.platform.security.Role;

/**
 * Pseudonymous actor ids in corrections and slips are for the strategy office and auditors only.
 */
final class Identities {

  private static final Set<String> SEE_ACTORS =
      Set.of(Role.STRATEGY_OFFICE.authority(), Role.AUDITOR.authority());

  private Identities() {}

  static boolean visible() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(SEE_ACTORS::contains);
  }
}
