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
 * @param oidc the OpenID Connect provider whose tokens are accepted and where browsers sign in
 */
@ConfigurationProperties("tracker.security")
public record TrackerSecurityProperties(
    Mode mode,
    AnonymousAccess anonymousAccess,
    boolean demoAccounts,
    List<Account> accounts,
    Integer writesPerMinute,
    Long maxRequestBytes,
    Oidc oidc) {

  public TrackerSecurityProperties {
    mode = mode == null ? Mode.LOCAL : mode;
    anonymousAccess = anonymousAccess == null ? AnonymousAccess.PUBLIC : anonymousAccess;
    accounts = accounts == null ? List.of() : accounts;
    writesPerMinute = writesPerMinute == null ? 600 : writesPerMinute;
    maxRequestBytes = maxRequestBytes == null ? 10L * 1024 * 1024 : maxRequestBytes;
    oidc = oidc == null ? new Oidc(null, null, null, null, null) : oidc;
  }

  /** Whether browsers sign in at the OpenID Connect provider rather than with a local account. */
  public boolean browserLoginAtProvider() {
    return mode == Mode.OIDC && oidc.browserLogin();
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

  /**
   * The OpenID Connect provider ({@code tracker.security.oidc.*}).
   *
   * @param issuerUri the issuer as the tokens name it and as browsers reach it; when set, tokens
   *     are checked against it and the provider's keys
   * @param discoveryUri where this service reads the provider's metadata, if not at the issuer
   *     (inside a container network the provider has another address than in the browser)
   * @param clientId the client browsers sign in with (authorization code with PKCE); blank: no
   *     browser sign-in, bearer tokens only
   * @param clientSecret the client's secret if it is confidential; blank for a public client
   * @param audience the audience every token must name ({@code aud}); blank: the client id
   */
  public record Oidc(
      String issuerUri,
      String discoveryUri,
      String clientId,
      String clientSecret,
      String audience) {

    /** The audience tokens must name: the configured one, else the client id, else none. */
    public String expectedAudience() {
      if (audience != null && !audience.isBlank()) {
        return audience;
      }
      return clientId == null || clientId.isBlank() ? null : clientId;
    }

    public boolean configured() {
      return issuerUri != null && !issuerUri.isBlank();
    }

    public boolean browserLogin() {
      return configured() && clientId != null && !clientId.isBlank();
    }

    /** Where the metadata document lives: {@code <base>/.well-known/openid-configuration}. */
    public String metadataBase() {
      String base = discoveryUri == null || discoveryUri.isBlank() ? issuerUri : discoveryUri;
      return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public boolean confidential() {
      return clientSecret != null && !clientSecret.isBlank();
    }
  }
}
