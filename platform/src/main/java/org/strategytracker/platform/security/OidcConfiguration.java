package org.strategytracker.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Tokens of the configured OpenID Connect provider, checked against its keys and its issuer; and,
 * with a client id, the browser sign-in. Without an issuer, OIDC mode falls back to Spring Boot's
 * own resource-server settings (a public key file, as the tests use).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfigured.class)
class OidcConfiguration {

  @Bean
  OidcProvider oidcProvider(TrackerSecurityProperties properties) {
    return new OidcProvider(properties.oidc());
  }

  @Bean
  JwtDecoder trackerJwtDecoder(OidcProvider provider, TokenRules rules) {
    return new SupplierJwtDecoder(
        () -> {
          NimbusJwtDecoder decoder =
              NimbusJwtDecoder.withJwkSetUri(provider.metadata().jwksUri()).build();
          decoder.setJwtValidator(
              new DelegatingOAuth2TokenValidator<>(
                  JwtValidators.createDefaultWithIssuer(provider.settings().issuerUri()), rules));
          return decoder;
        });
  }

  @Bean
  BrowserLogin browserLogin(OidcProvider provider, JwtDecoder decoder) {
    return new BrowserLogin(provider, decoder);
  }
}
