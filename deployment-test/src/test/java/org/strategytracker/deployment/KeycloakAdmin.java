package org.strategytracker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Keycloak's admin API as the bootstrap admin, on the back channel, the way an operator inside the
 * compose network would use it.
 */
final class KeycloakAdmin {

  private final String base;
  private final String token;

  KeycloakAdmin(int port, String adminPassword) throws Exception {
    base = "http://127.0.0.1:" + port + "/auth";
    HttpResponse<String> answer =
        Http.postForm(
            base + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "client_id", "admin-cli",
                "grant_type", "password",
                "username", "admin",
                "password", adminPassword));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    token = Http.json(answer.body()).path("access_token").asString();
  }

  /** The ids of the person's sessions in the tracker's realm. */
  List<String> sessionsOf(String username) throws Exception {
    String realm = base + "/admin/realms/" + ComposeDeployment.REALM;
    JsonNode users = read(realm + "/users?exact=true&username=" + username);
    assertThat(users.size()).as("user " + username).isEqualTo(1);
    JsonNode sessions = read(realm + "/users/" + users.get(0).path("id").asString() + "/sessions");
    return sessions.valueStream().map(session -> session.path("id").asString()).toList();
  }

  private JsonNode read(String url) throws Exception {
    HttpResponse<String> answer = Http.get(url, Map.of("Authorization", "Bearer " + token));
    assertThat(answer.statusCode()).as(url + ": " + answer.body()).isEqualTo(200);
    return Http.json(answer.body());
  }
}
