package org.strategytracker.platform.security;

import java.util.Map;
import org.springframework.web.client.RestClient;

/**
 * The OpenID Connect provider's metadata, read once on first use rather than at start-up, so the
 * services start even while the provider is still coming up (docker-compose starts them together).
 * It is read from the discovery address, which inside a container network differs from the issuer
 * the browser sees; the issuer it names must still be the configured one.
 */
final class OidcProvider {

  /** The endpoints the tracker uses. */
  record Metadata(
      String issuer,
      String authorizationEndpoint,
      String tokenEndpoint,
      String jwksUri,
      String endSessionEndpoint) {}

  private final TrackerSecurityProperties.Oidc settings;
  private final RestClient http = RestClient.create();
  private volatile Metadata metadata;

  OidcProvider(TrackerSecurityProperties.Oidc settings) {
    this.settings = settings;
  }

  TrackerSecurityProperties.Oidc settings() {
    return settings;
  }

  Metadata metadata() {
    Metadata known = metadata;
    if (known == null) {
      known = read();
      metadata = known;
    }
    return known;
  }

  private Metadata read() {
    Map<?, ?> document =
        http.get()
            .uri(settings.metadataBase() + "/.well-known/openid-configuration")
            .retrieve()
            .body(Map.class);
    if (document == null || !settings.issuerUri().equals(document.get("issuer"))) {
      throw new IllegalStateException(
          "The OpenID Connect provider at "
              + settings.metadataBase()
              + " names issuer "
              + (document == null ? null : document.get("issuer"))
              + ", not the configured "
              + settings.issuerUri());
    }
    return new Metadata(
        settings.issuerUri(),
        text(document, "authorization_endpoint"),
        text(document, "token_endpoint"),
        text(document, "jwks_uri"),
        (String) document.get("end_session_endpoint"));
  }

  private static String text(Map<?, ?> document, String key) {
    Object value = document.get(key);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("OpenID Connect metadata without " + key);
    }
    return text;
  }
}
