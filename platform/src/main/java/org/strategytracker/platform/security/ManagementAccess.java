package org.strategytracker.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call the actuator. Only the health probes are open, because a load balancer or an
 * orchestrator asks them without credentials; metrics name processors, tables and lag, and so need
 * the monitoring role (a scraper's account) or the strategy office. API documentation is open where
 * it is switched on ({@code springdoc.api-docs.enabled}; off in the prod profile).
 */
final class ManagementAccess {

  private ManagementAccess() {}

  static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
    auth.requestMatchers("/actuator", "/actuator/**")
        .hasAnyRole(Role.MONITORING.name(), Role.STRATEGY_OFFICE.name());
    auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .permitAll();
  }
}
