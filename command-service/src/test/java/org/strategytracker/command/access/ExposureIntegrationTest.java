package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strategytracker.command.support.Api;

/**
 * In production only the health probes answer anonymous requests: metrics need the monitoring role,
 * API documentation is off, and the session cookie is SameSite=Lax and Secure when the proxy says
 * the request came over HTTPS. Started with the prod profile and a local account, as the prod
 * profile allows no demo accounts.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.mode=local",
      "tracker.security.accounts[0].username=messung",
      "tracker.security.accounts[0].password={noop}Messung-2026-nicht-demo",
      "tracker.security.accounts[0].actor-id=u-messung",
      "tracker.security.accounts[0].display-name=Prometheus",
      "tracker.security.accounts[0].roles[0]=MONITORING"
    })
@ActiveProfiles("prod")
class ExposureIntegrationTest {

  private static final Map<String, String> MONITORING =
      Map.of(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString("messung:Messung-2026-nicht-demo".getBytes()));

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(
      strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
  void answersTheHealthProbesWithoutSignIn(String probe) {
    assertThat(new Api(port).send("GET", probe, null, Map.of()).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator",
        "/actuator/info",
        "/actuator/metrics",
        "/actuator/metrics/jvm.memory.used",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/swagger-config",
        "/swagger-ui.html",
        "/swagger-ui/index.html"
      })
  void refusesEverythingElseOfManagementAndApiDocsToAnonymousRequests(String path) {
    Api.Response response = new Api(port).send("GET", path, null, Map.of());

    assertThat(response.status()).isIn(401, 404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("jvm_").doesNotContain("openapi");
  }

  @Test
  void letsTheMonitoringAccountReadTheMetricsButNotTheApiDocs() {
    Api api = new Api(port);

    Api.Response metrics = api.send("GET", "/actuator/prometheus", null, MONITORING);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_");
    assertThat(api.send("GET", "/v3/api-docs", null, MONITORING).status()).isEqualTo(404);
  }

  @Test
  void marksTheSessionCookieSameSiteLaxAndSecureWhenTheProxySaysHttps() {
    Map<String, String> page = Map.of("Accept", "text/html");
    Api api = new Api(port);

    String plain = sessionCookie(api.send("GET", "/actuator/prometheus", null, page));
    String behindHttps =
        sessionCookie(
            api.send(
                "GET",
                "/actuator/prometheus",
                null,
                Map.of("Accept", "text/html", "X-Forwarded-Proto", "https")));

    assertThat(plain).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    assertThat(behindHttps).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
  }

  private static String sessionCookie(Api.Response response) {
    List<String> cookies =
        response.headers().entrySet().stream()
            .filter(header -> header.getKey().equalsIgnoreCase("Set-Cookie"))
            .flatMap(header -> header.getValue().stream())
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .toList();
    assertThat(cookies).as("a session was started for the sign-in redirect").hasSize(1);
    return cookies.get(0);
  }
}
