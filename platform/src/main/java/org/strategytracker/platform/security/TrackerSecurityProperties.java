package org.strategytracker.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code tracker.security.*}).
 *
 * @param mode LOCAL: accounts from configuration with HTTP Basic and form login; OIDC: bearer
 *     tokens of an OpenID Connect provider
 * @param anonymousAccess PUBLIC: anyone may read the public view (no identities); NONE: everything
 *     needs a login
 * @param demoAccounts whether the documented demo accounts exist (never in production)
 * @param accounts further local accounts; passwords as bcrypt hashes ({@code {bcrypt}$2a$…})
 * @param writesPerMinute how many changing requests one user may send per minute
 * @param maxRequestBytes the largest request body accepted
 */
@ConfigurationProperties("tracker.security")
public record TrackerSecurityProperties(
    Mode mode,
    AnonymousAccess anonymousAccess,
    boolean demoAccounts,
    List<Account> accounts,
    Integer writesPerMinute,
    Long maxRequestBytes) {

  public TrackerSecurityProperties {
    mode = mode == null ? Mode.LOCAL : mode;
    anonymousAccess = anonymousAccess == null ? AnonymousAccess.PUBLIC : anonymousAccess;
    accounts = accounts == null ? List.of() : accounts;
    writesPerMinute = writesPerMinute == null ? 600 : writesPerMinute;
    maxRequestBytes = maxRequestBytes == null ? 10L * 1024 * 1024 : maxRequestBytes;
  }

  /** How people sign in. */
  public enum Mode {
    LOCAL,
    OIDC
  }

  /** What someone who is not signed in may see. */
  public enum AnonymousAccess {
    PUBLIC,
    NONE
  }

  /** A configured local account. */
  public record Account(
      String username,
      String password,
      String actorId,
      String displayName,
      String email,
      List<Role> roles,
      List<String> units) {}
}
