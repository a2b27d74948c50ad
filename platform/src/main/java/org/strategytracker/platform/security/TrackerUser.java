package org.strategytracker.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.strategytracker.events.measure.OrgUnit;

/**
 * A signed-in person as the tracker sees them: a pseudonymous actor id (what events carry), the
 * roles and the units they act for. Name and e-mail are kept for the actor directory only.
 */
public record TrackerUser(
    String actorId,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    List<OrgUnit> units) {

  public TrackerUser {
    roles = Set.copyOf(roles);
    units = List.copyOf(units);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The user behind the current request, if one is signed in. */
  public static Optional<TrackerUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Optional.empty();
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof TrackerUser user) {
      return Optional.of(user);
    }
    if (principal instanceof LocalAccount account) {
      return Optional.of(account.user());
    }
    return Optional.empty();
  }
}
