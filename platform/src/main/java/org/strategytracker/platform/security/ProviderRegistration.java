package org.strategytracker.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration of the browser sign-in, built from the provider's metadata when the
 * first person signs in (so a provider that starts after the service is no problem). A public
 * client without secret (PKCE is the proof) or a confidential one with {@code client-secret}.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

  private final OidcProvider provider;
  private volatile ClientRegistration registration;

  ProviderRegistration(OidcProvider provider) {
    this.provider = provider;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!BrowserLogin.REGISTRATION.equals(registrationId)) {
      return null;
    }
    ClientRegistration known = registration;
    if (known == null) {
      known = build();
      registration = known;
    }
    return known;
  }

  private ClientRegistration build() {
    OidcProvider.Metadata metadata = provider.metadata();
    TrackerSecurityProperties.Oidc settings = provider.settings();
    return ClientRegistration.withRegistrationId(BrowserLogin.REGISTRATION)
        .clientName("Städtisches Konto")
        .clientId(settings.clientId())
        .clientSecret(settings.confidential() ? settings.clientSecret() : null)
        .clientAuthenticationMethod(
            settings.confidential()
                ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                : ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .authorizationUri(metadata.authorizationEndpoint())
        .tokenUri(metadata.tokenEndpoint())
        .jwkSetUri(metadata.jwksUri())
        .issuerUri(metadata.issuer())
        .userNameAttributeName("sub")
        .build();
  }
}
