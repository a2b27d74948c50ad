package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.strategytracker.platform.web.SecurityHeaders;

/**
 * Who may call what. Local accounts with HTTP Basic (API scripts) and form login with a session and
 * CSRF protection (browsers) in the default run; bearer tokens of an OpenID Connect provider in
 * production ({@code tracker.security.mode=oidc}), which browsers get by signing in at that
 * provider ({@link BrowserLogin}). Which measure a department may change is decided by the command
 * side's access policy; this layer only admits roles to endpoints.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication
@EnableWebSecurity
@EnableConfigurationProperties(TrackerSecurityProperties.class)
@Import({
  PersonalDataController.class,
  OidcConfiguration.class,
  TokenRulesConfiguration.class,
  PasswordLoginConfiguration.class
})
public class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  ActorDirectory actorDirectory(JdbcClient jdbc) {
    return new ActorDirectory(jdbc);
  }

  @Bean
  @ConditionalOnProperty(
      name = "tracker.security.mode",
      havingValue = "local",
      matchIfMissing = true)
  LocalAccounts localAccounts(
      TrackerSecurityProperties properties, PasswordEncoder encoder, Environment environment) {
    ProductionSafety.check(environment, properties, encoder);
    return new LocalAccounts(properties, encoder);
  }

  @Bean
  SecurityFilterChain trackerSecurity(
      HttpSecurity http,
      TrackerSecurityProperties properties,
      ActorDirectory directory,
      ObjectProvider<BrowserLogin> browserLogin,
      ObjectProvider<PasswordLogin> passwordLogin)
      throws Exception {
    boolean publicView =
        properties.anonymousAccess() == TrackerSecurityProperties.AnonymousAccess.PUBLIC;
    http.authorizeHttpRequests(
        auth -> {
          auth.requestMatchers("/error").permitAll();
          ManagementAccess.rules(auth);
          auth.requestMatchers(
                  "/anmelden", "/anmelden.html", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
              .permitAll();
          // the chain's state holds no personal data: the strategy office may read and verify it
          auth.requestMatchers(HttpMethod.GET, "/api/v1/audit/**")
              .hasAnyRole(Role.AUDITOR.name(), Role.STRATEGY_OFFICE.name());
          auth.requestMatchers("/api/v1/audit/**").hasRole(Role.AUDITOR.name());
          auth.requestMatchers("/api/v1/admin/**", "/api/v1/catalogue/**")
              .hasRole(Role.STRATEGY_OFFICE.name());
          readable(auth.requestMatchers(HttpMethod.GET, "/api/v1/**"), publicView);
          auth.requestMatchers("/api/v1/**")
              .hasAnyRole(Role.EDITOR.name(), Role.STRATEGY_OFFICE.name());
          readable(auth.anyRequest(), publicView);
        });
    http.csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::carriesNoSession));
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(
                    csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY)));
    http.exceptionHandling(
        errors ->
            errors
                .authenticationEntryPoint(
                    (request, response, e) -> {
                      if (hasSignInPage(properties) && wantsPage(request)) {
                        response.sendRedirect("/anmelden");
                        return;
                      }
                      if (properties.mode() == TrackerSecurityProperties.Mode.LOCAL) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Strategy Tracker\"");
                      }
                      ProblemResponses.write(
                          response,
                          HttpStatus.UNAUTHORIZED,
                          "unauthenticated",
                          "Anmeldung erforderlich",
                          "Authorization",
                          "Bitte anmelden.");
                    })
                .accessDeniedHandler(new AccessDenials()));
    if (properties.mode() == TrackerSecurityProperties.Mode.OIDC) {
      http.oauth2ResourceServer(
          oauth ->
              oauth
                  .authenticationEntryPoint(new BearerTokenProblems())
                  .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenUsers())));
      BrowserLogin login = browserLogin.getIfAvailable();
      if (login != null) {
        login.acceptTokenCookie(http);
        if (properties.browserLoginAtProvider()) {
          login.configure(http);
        }
      }
    } else {
      http.httpBasic(basic -> basic.realmName("Strategy Tracker"));
      http.formLogin(form -> form.loginPage("/anmelden").loginProcessingUrl("/login").permitAll());
      http.logout(logout -> logout.permitAll());
      passwordLogin.getObject().configure(http);
    }
    http.addFilterBefore(
        new RequestSizeLimitFilter(properties.maxRequestBytes()), BasicAuthenticationFilter.class);
    http.addFilterBefore(
        new WriteRateLimitFilter(properties.writesPerMinute()), AuthorizationFilter.class);
    http.addFilterBefore(new ActorDirectoryFilter(directory), AuthorizationFilter.class);
    return http.build();
  }

  private static void readable(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl matcher, boolean publicView) {
    if (publicView) {
      matcher.permitAll();
    } else {
      matcher.authenticated();
    }
  }

  private static boolean hasSignInPage(TrackerSecurityProperties properties) {
    return properties.mode() == TrackerSecurityProperties.Mode.LOCAL
        || properties.browserLoginAtProvider();
  }

  /** A browser asking for a page is sent to the sign-in page; scripts get 401 problem+json. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null
        && accept.contains("text/html")
        && !request.getRequestURI().startsWith("/api/");
  }

  /**
   * CSRF needs credentials the browser adds by itself (a session or the sign-in cookie); requests
   * with their own Authorization header or without either cannot be forged. The sign-in form is the
   * exception: posted from another site without a session, it would sign the browser in to the
   * other site's account (login CSRF), so it always needs the token.
   */
  private static boolean carriesNoSession(HttpServletRequest request) {
    if (PasswordLogin.LOGIN_URL.equals(request.getServletPath())) {
      return false;
    }
    return request.getHeader("Authorization") != null
        || (request.getRequestedSessionId() == null && !AccessTokenCookie.present(request));
  }
}
