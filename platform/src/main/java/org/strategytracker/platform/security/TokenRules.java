package org.strategytracker.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.strategytracker.events.measure.OrgUnit;

/**
 * What a token must carry beyond a valid signature and issuer before the tracker acts on it: an
 * expiry (a token without one would be good forever), our audience (a token the provider issued to
 * another application is not meant for us), a subject (the actor id every event records) and claims
 * of the shape {@link TokenUsers} reads. A token that breaks a rule is an invalid token (401),
 * never a server error; the same rules apply to bearer tokens and the sign-in cookie, since both go
 * through the decoder that holds this validator.
 */
final class TokenRules implements OAuth2TokenValidator<Jwt> {

  private final String audience;

  /**
   * @param audience the audience a token must name; blank: not checked (no client id and no {@code
   *     tracker.security.oidc.audience} configured, which the start-up log warns about)
   */
  TokenRules(String audience) {
    this.audience = audience == null || audience.isBlank() ? null : audience;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    List<OAuth2Error> errors = new ArrayList<>();
    if (jwt.getExpiresAt() == null) {
      errors.add(invalid("The token has no expiry (exp)."));
    }
    if (audience != null && (jwt.getAudience() == null || !jwt.getAudience().contains(audience))) {
      errors.add(invalid("The token is not issued for audience " + audience + "."));
    }
    String subject = jwt.getClaimAsString("sub");
    if (subject == null || subject.isBlank()) {
      errors.add(invalid("The token names no subject (sub)."));
    }
    try {
      units(jwt);
    } catch (IllegalArgumentException malformed) {
      errors.add(invalid("The token's units claim is not a list of unit codes."));
    }
    return errors.isEmpty()
        ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(errors);
  }

  /** The units claim: absent, one unit code, or a list of unit codes. */
  static List<OrgUnit> units(Jwt jwt) {
    Object claim = jwt.getClaims().get("units");
    if (claim == null) {
      return List.of();
    }
    if (claim instanceof String code) {
      return List.of(OrgUnit.of(code));
    }
    if (claim instanceof Collection<?> codes) {
      List<OrgUnit> units = new ArrayList<>();
      for (Object code : codes) {
        if (!(code instanceof String text)) {
          throw new IllegalArgumentException("unit code of type " + typeOf(code));
        }
        units.add(OrgUnit.of(text));
      }
      return units;
    }
    throw new IllegalArgumentException("units claim of type " + typeOf(claim));
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  private static OAuth2Error invalid(String description) {
    return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
  }
}
