package org.strategytracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run keeps its data in a folder: stop it, start it again, and everything is there. */
class RestartIntegrationTest {

  @TempDir Path dataDirectory;
  final HttpClient http = HttpClient.newHttpClient();

  ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(StrategyTrackerApplication.class)
        .run(
            "--server.port=0",
            "--tracker.database.embedded.data-directory=" + dataDirectory,
            "--tracker.catalogue.import-on-start=false");
  }

  HttpResponse<String> post(
      ConfigurableApplicationContext context, String path, String body, String ifMatch)
      throws Exception {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(path.equals("/api/v1/measures") ? "strategie" : "fb45"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes());
  }

  @Test
  void keepsStateAndVersionAcrossARestartOnTheSameDataFolder() throws Exception {
    try (ConfigurableApplicationContext first = start()) {
      assertThat(
              post(
                      first,
                      "/api/v1/measures",
                      "{\"id\":\"schulanmeldung\",\"title\":\"Schulanmeldung\",\"fieldOfAction\":\"Digitalisierung in Schulen\",\"leadUnit\":\"FB 45\",\"priority\":3}",
                      null)
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              post(
                      first,
                      "/api/v1/measures/schulanmeldung/status",
                      "{\"status\":\"IN_PROGRESS\",\"reason\":\"Start\"}",
                      "\"1\"")
                  .headers()
                  .firstValue("ETag"))
          .contains("\"2\"");
    }

    try (ConfigurableApplicationContext second = start()) {
      HttpResponse<String> stale =
          post(
              second,
              "/api/v1/measures/schulanmeldung/progress",
              "{\"percentComplete\":10,\"health\":\"GREEN\"}",
              "\"1\"");
      assertThat(stale.statusCode()).isEqualTo(412);
      HttpResponse<String> current =
          post(
              second,
              "/api/v1/measures/schulanmeldung/progress",
              "{\"percentComplete\":10,\"health\":\"GREEN\"}",
              "\"2\"");
      assertThat(current.statusCode()).isEqualTo(200);
      assertThat(current.headers().firstValue("ETag")).contains("\"3\"");
      HttpResponse<String> completed =
          post(
              second,
              "/api/v1/measures/schulanmeldung/status",
              "{\"status\":\"COMPLETED\",\"reason\":\"fertig\"}",
              null);
      assertThat(completed.statusCode())
          .as("the measure is IN_PROGRESS after the restart, so it may complete")
          .isEqualTo(200);
    }
  }
}
