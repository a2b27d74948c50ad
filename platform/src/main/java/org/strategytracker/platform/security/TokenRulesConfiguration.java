package org.strategytracker.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link TokenRules} into every token decoder of OIDC mode: the tracker's own ({@link
 * OidcConfiguration}) and Spring Boot's (a public key file), which adds every validator bean.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tracker.security.mode", havingValue = "oidc")
class TokenRulesConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TokenRulesConfiguration.class);

  @Bean
  TokenRules trackerTokenRules(TrackerSecurityProperties properties) {
    String audience = properties.oidc().expectedAudience();
    if (audience == null) {
      log.warn(
          "OIDC: tokens are not checked for an audience; set OIDC_AUDIENCE"
              + " (tracker.security.oidc.audience) or OIDC_CLIENT_ID");
    } else {
      log.info("OIDC: tokens must name the audience {}", audience);
    }
    return new TokenRules(audience);
  }
}
