package org.strategytracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Browser sign-in at the city's provider: authorization code with PKCE ({@code
 * /oauth2/authorization/stadt}, back at {@code /login/oauth2/code/stadt}). The session lives only
 * from the redirect to the provider until the code comes back; then the access token goes into an
 * HttpOnly cookie ({@link AccessTokenCookie}) and every later request, to either service, is
 * authenticated by that token with the same claim mapping as scripts' bearer tokens ({@link
 * TokenUsers}). Sign-out clears the cookie and names the provider's end-session address.
 */
final class BrowserLogin {

  static final String REGISTRATION = "stadt";
  private static final String CLIENT = BrowserLogin.class.getName() + ".client";

  private final OidcProvider provider;
  private final JwtDecoder decoder;

  BrowserLogin(OidcProvider provider, JwtDecoder decoder) {
    this.provider = provider;
    this.decoder = decoder;
  }

  /**
   * Every service accepts the sign-in cookie, also one that does not run the sign-in itself (the
   * command service behind the proxy has no client id).
   */
  void acceptTokenCookie(HttpSecurity http) {
    http.addFilterAfter(new AccessTokenCookie(decoder), BearerTokenAuthenticationFilter.class);
  }

  void configure(HttpSecurity http) throws Exception {
    ProviderRegistration registrations = new ProviderRegistration(provider);
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.securityContext(
        context ->
            context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
    http.oauth2Login(
        login ->
            login
                .loginPage("/anmelden")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .authorizedClientRepository(new ThisRequestOnly())
                .successHandler(this::signedIn)
                .failureHandler((request, response, e) -> response.sendRedirect("/anmelden?fehler"))
                .permitAll());
    http.logout(
        logout ->
            logout
                .addLogoutHandler(
                    (request, response, authentication) ->
                        AccessTokenCookie.clear(request, response))
                .logoutSuccessHandler(this::signedOut)
                .permitAll());
  }

  private void signedIn(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    OAuth2AuthorizedClient client = (OAuth2AuthorizedClient) request.getAttribute(CLIENT);
    Instant expires = client.getAccessToken().getExpiresAt();
    Duration lifetime =
        expires == null ? Duration.ofMinutes(5) : Duration.between(Instant.now(), expires);
    AccessTokenCookie.write(request, response, client.getAccessToken().getTokenValue(), lifetime);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect("/anmelden?angemeldet");
  }

  /** Answers the page's sign-out request with where to go next: the provider's end of session. */
  private void signedOut(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String back =
        ServletUriComponentsBuilder.fromContextPath(request)
            .path("/anmelden")
            .query("abgemeldet")
            .toUriString();
    String endSession = provider.metadata().endSessionEndpoint();
    String next =
        endSession == null
            ? "/anmelden?abgemeldet"
            : UriComponentsBuilder.fromUriString(endSession)
                .queryParam("client_id", provider.settings().clientId())
                .queryParam("post_logout_redirect_uri", back)
                .encode()
                .toUriString();
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write("{\"weiter\":\"" + next.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }

  /** Hands the freshly obtained token to {@link #signedIn} and keeps it nowhere else. */
  private static final class ThisRequestOnly implements OAuth2AuthorizedClientRepository {

    @Override
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
        String registrationId, Authentication principal, HttpServletRequest request) {
      return (T) request.getAttribute(CLIENT);
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient client,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {
      request.setAttribute(CLIENT, client);
    }

    @Override
    public void removeAuthorizedClient(
        String registrationId,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {
      request.removeAttribute(CLIENT);
    }
  }
}
