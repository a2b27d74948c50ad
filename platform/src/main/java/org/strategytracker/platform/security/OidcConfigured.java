package org.strategytracker.platform.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether an OpenID Connect issuer is configured ({@code tracker.security.oidc.issuer-uri} not
 * blank; the configuration always names the property, often with an empty value).
 */
final class OidcConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String issuer = context.getEnvironment().getProperty("tracker.security.oidc.issuer-uri");
    String mode = context.getEnvironment().getProperty("tracker.security.mode", "local");
    return issuer != null && !issuer.isBlank() && "oidc".equalsIgnoreCase(mode.trim());
  }
}
