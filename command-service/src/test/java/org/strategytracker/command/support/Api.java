package org.strategytracker.command.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the command API, as a department's script would use it. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Api(int port) {
    this.base = "http://localhost:" + port;
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

  public Response post(String path, Object body, Map<String, String> headers) {
    return send(
        "POST", path, body instanceof String raw ? raw : JSON.writeValueAsString(body), headers);
  }

  public Response send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What came back: status, ETag, content type and body. */
  public record Response(
      int status,
      String etag,
      String contentType,
      String body,
      Map<String, java.util.List<String>> headers) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
