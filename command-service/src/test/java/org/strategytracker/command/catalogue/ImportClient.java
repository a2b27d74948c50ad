package org.strategytracker.command.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads catalogues to the import endpoint over real HTTP, as a city's administrator would. */
final class ImportClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String OFFICE =
      org.strategytracker.command.support.Api.as("strategie").get("Authorization");
  private final RestClient client;

  ImportClient(int port) {
    client = RestClient.create("http://localhost:" + port + "/api/v1/catalogue/imports");
  }

  /**
   * Multipart upload; the parts' keys are "file", "milestones", "kpis" with the file names as
   * given.
   */
  Answer upload(String query, Map<String, Named> parts) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    parts.forEach(
        (part, named) ->
            body.add(
                part,
                new ByteArrayResource(named.content()) {
                  @Override
                  public String getFilename() {
                    return named.name();
                  }
                }));
    return answer(
        client
            .post()
            .uri(query)
            .header("Authorization", OFFICE)
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(body));
  }

  Answer yaml(String query, String yaml) {
    return answer(
        client
            .post()
            .uri(query)
            .header("Authorization", OFFICE)
            .contentType(MediaType.parseMediaType("application/yaml"))
            .body(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Answer answer(RestClient.RequestBodySpec request) {
    return request.exchange(
        (req, res) ->
            new Answer(res.getStatusCode().value(), JSON.readTree(res.getBody().readAllBytes())));
  }

  record Named(String name, byte[] content) {}

  record Answer(int status, JsonNode body) {}
}
