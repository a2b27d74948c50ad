package org.strategytracker.query.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the query API, as a dashboard or a department's script would use it. */
public final class QueryApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public QueryApi(int port) {
    this.base = "http://localhost:" + port;
  }

  public Response get(String path) {
    return send("GET", path, Map.of());
  }

  public Response get(String path, Map<String, String> headers) {
    return send("GET", path, headers);
  }

  /** Posts as the strategy office's demo account, which the admin endpoints require. */
  public Response post(String path) {
    return send("POST", path, as("strategie"));
  }

  public Response post(String path, Map<String, String> headers) {
    return send("POST", path, headers);
  }

  /** HTTP Basic credentials of a demo account (password: user name + "-demo"). */
  public static Map<String, String> as(String username) {
    String credentials = username + ":" + username + "-demo";
    return Map.of(
        "Authorization",
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private Response send(String method, String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().map().entrySet().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      e -> e.getKey().toLowerCase(), e -> e.getValue().get(0))),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What came back: status, headers (lower-case names) and body. */
  public record Response(int status, Map<String, String> headers, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }
}
