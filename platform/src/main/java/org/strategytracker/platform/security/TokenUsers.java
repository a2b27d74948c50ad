package org.strategytracker.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.strategytracker.events.measure.OrgUnit;

/**
 * Turns an OpenID Connect token into a tracker user: {@code sub} is the pseudonymous actor id, the
 * claims {@code roles} and {@code units} say what the person may do and for whom. The decoder's
 * {@link TokenRules} have made sure these claims are there and well-formed.
 */
class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Set<Role> roles = new LinkedHashSet<>();
    for (String role : strings(jwt.getClaim("roles"))) {
      try {
        roles.add(Role.valueOf(role.toUpperCase().replace("ROLE_", "")));
      } catch (IllegalArgumentException unknownRole) {
        // roles of other applications in the same realm are not ours to interpret
      }
    }
    List<OrgUnit> units = TokenRules.units(jwt);
    TrackerUser user =
        new TrackerUser(
            jwt.getSubject(),
            jwt.getClaimAsString("preferred_username"),
            jwt.getClaimAsString("name"),
            jwt.getClaimAsString("email"),
            roles,
            units);
    return new Authenticated(user, jwt);
  }

  private static List<String> strings(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }

  /** A token-authenticated tracker user. */
  static final class Authenticated extends AbstractAuthenticationToken {
    private final TrackerUser user;
    private final Jwt jwt;

    Authenticated(TrackerUser user, Jwt jwt) {
      super(
          user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
      this.user = user;
      this.jwt = jwt;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return jwt;
    }

    @Override
    public Object getPrincipal() {
      return user;
    }
  }
}
