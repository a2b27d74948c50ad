package org.strategytracker.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rebuild an operator starts ({@code POST /api/v1/admin/projections/{name}/rebuild}): new
 * tables filled from the first event beside the live ones, then switched in. Every projection is
 * asked for at once; the service runs them one after the other. The time is taken from the first
 * request to the last rebuild's finish as the service records it.
 */
final class AdminRebuild {

  private final String baseUrl;
  private final String token;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = JsonMapper.builder().build();

  AdminRebuild(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** The rebuild of all {@code projections}: how long it took, and over how many events. */
  Result run(List<String> projections, Duration timeout) throws Exception {
    Instant started = Instant.now();
    List<String> statuses = new ArrayList<>();
    long head = -1;
    for (String projection : projections) {
      HttpResponse<String> answer =
          http.send(
              authorized(baseUrl + "/api/v1/admin/projections/" + projection + "/rebuild")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 202) {
        throw new IllegalStateException(
            "rebuild of " + projection + " answered " + answer.statusCode() + ": " + answer.body());
      }
      JsonNode status = json.readTree(answer.body());
      statuses.add(status.get("id").asString());
      head = Math.max(head, status.get("head").asLong());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Instant finished = started;
    for (String id : statuses) {
      JsonNode status = status(id);
      while ("RUNNING".equals(status.get("state").asString())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("rebuild " + id + " still running after " + timeout);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        status = status(id);
      }
      if (!"DONE".equals(status.get("state").asString())) {
        throw new IllegalStateException("rebuild " + id + " ended " + status);
      }
      Instant end = Instant.parse(status.get("finishedAt").asString());
      finished = end.isAfter(finished) ? end : finished;
    }
    // global indexes count from 1: the head is the number of events
    return new Result(head, Duration.between(started, finished));
  }

  private JsonNode status(String id) throws Exception {
    HttpResponse<String> answer =
        http.send(
            authorized(baseUrl + "/api/v1/admin/projections/rebuilds/" + id).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("status of rebuild " + id + ": " + answer.statusCode());
    }
    return json.readTree(answer.body());
  }

  private HttpRequest.Builder authorized(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", token);
  }

  /** {@code events} stored events rebuilt into every projection in {@code took}. */
  record Result(long events, Duration took) {
    double eventsPerSecond() {
      return events / (took.toNanos() / 1e9);
    }
  }
}
