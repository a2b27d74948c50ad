package org.strategytracker.command.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sign-in form as the sign-in page's script posts it: form fields, CSRF cookie and header. */
final class FormSignIn {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  FormSignIn(int port) {
    this.base = "http://localhost:" + port;
  }

  /** The XSRF-TOKEN cookie the sign-in page hands out. */
  String csrfToken() {
    return cookie(send(HttpRequest.newBuilder(URI.create(base + "/anmelden")).GET()), "XSRF-TOKEN")
        .orElseThrow(() -> new AssertionError("the sign-in page sets no XSRF-TOKEN cookie"));
  }

  /** Posts the form with the given token (null: none) and extra headers. */
  HttpResponse<String> post(
      String username, String password, String csrf, Map<String, String> headers) {
    String form =
        Map.of("username", username, "password", password).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (csrf != null) {
      request.header("Cookie", "XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf);
    }
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> post(String username, String password) {
    return post(username, password, csrfToken(), Map.of());
  }

  static Optional<String> cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .filter(value -> !value.isEmpty())
        .findFirst();
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
