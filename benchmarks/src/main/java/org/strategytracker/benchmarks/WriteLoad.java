package org.strategytracker.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write path over HTTP: measures seeded through the API, then a realistic mix of what
 * departments send — KPI values (40 %), progress reports (30 %), status changes (15 %) and
 * milestone reschedules (15 %) — from several clients at once. Each client owns a share of the
 * measures, as departments own theirs.
 */
final class WriteLoad implements AutoCloseable {

  private final String baseUrl;
  private final String officeToken;
  private final String editorToken;
  private final HttpClient http;
  private final ExecutorService httpThreads;

  WriteLoad(String baseUrl, Tokens tokens, int clients) {
    this.baseUrl = baseUrl;
    this.officeToken = tokens.bearer("bench-office", List.of("STRATEGY_OFFICE"), List.of());
    this.editorToken = tokens.bearer("bench-fb61", List.of("EDITOR"), List.of("FB 61"));
    this.httpThreads = Executors.newFixedThreadPool(Math.max(4, clients));
    this.http = HttpClient.newBuilder().executor(httpThreads).build();
  }

  @Override
  public void close() {
    httpThreads.shutdownNow();
  }

  static String measureId(int i) {
    return "bench-" + i;
  }

  void seed(int measures) throws Exception {
    for (int i = 0; i < measures; i++) {
      String id = measureId(i);
      expect(post(officeToken, "/api/v1/measures", "{\"id\":\"" + id + "\",\"title\":\"Maßnahme " + i
          + "\",\"fieldOfAction\":\"Feld " + (i % 12) + "\",\"leadUnit\":\"FB 61\",\"priority\":" + (1 + i % 3) + ",\"period\":\"1.2023 – 12.2025\"}"), 201);
      expect(post(officeToken, "/api/v1/measures/" + id + "/milestones", "{\"id\":\"m1\",\"title\":\"Meilenstein\",\"dueDate\":\"2027-06-30\"}"), 201);
      expect(post(officeToken, "/api/v1/measures/" + id + "/kpis",
          "{\"id\":\"k1\",\"name\":\"Kennzahl\",\"unit\":\"Anzahl\",\"direction\":\"INCREASE\",\"baseline\":0,\"target\":100,\"targetDate\":\"2027-12-31\"}"), 201);
      expect(post(officeToken, "/api/v1/measures/" + id + "/status", "{\"status\":\"IN_PROGRESS\",\"reason\":\"Start\"}"), 200);
    }
  }

  /** Runs the mix with {@code clients} clients for {@code phase}; returns accepted commands and their latencies. */
  Phase run(int clients, int measures, Duration phase) throws Exception {
    Latencies latencies = new Latencies();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + phase.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      int first = client;
      workers.add(pool.submit(() -> {
        boolean[] onHold = new boolean[measures];
        long counter = 0;
        while (System.nanoTime() < deadline) {
          int measure = first + clients * ThreadLocalRandom.current().nextInt(Math.max(1, (measures - first + clients - 1) / clients));
          if (measure >= measures) {
            continue;
          }
          long started = System.nanoTime();
          int status = send(measure, counter++, onHold);
          if (status / 100 == 2) {
            latencies.add(System.nanoTime() - started);
          } else {
            errors.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return new Phase(clients, latencies, errors.get(), phase);
  }

  private int send(int measure, long counter, boolean[] onHold) throws Exception {
    String base = "/api/v1/measures/" + measureId(measure);
    int roll = ThreadLocalRandom.current().nextInt(100);
    if (roll < 40) {
      return post(editorToken, base + "/kpis/k1/values", "{\"value\":" + (counter % 100) + ",\"observedOn\":\"" + LocalDate.now().minusDays(1) + "\"}").statusCode();
    }
    if (roll < 70) {
      return post(editorToken, base + "/progress", "{\"percentComplete\":" + (counter % 101) + ",\"health\":\"GREEN\",\"comment\":\"Bericht\"}").statusCode();
    }
    if (roll < 85) {
      onHold[measure] = !onHold[measure];
      return post(editorToken, base + "/status", "{\"status\":\"" + (onHold[measure] ? "ON_HOLD" : "IN_PROGRESS") + "\",\"reason\":\"Lastprobe\"}").statusCode();
    }
    return post(editorToken, base + "/milestones/m1/reschedule",
        "{\"dueDate\":\"" + LocalDate.of(2027, 1, 1).plusDays(counter % 700) + "\",\"reason\":\"Lastprobe\"}").statusCode();
  }

  HttpResponse<String> post(String token, String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .header("Authorization", token).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("seeding failed: " + response.statusCode() + " " + response.body());
    }
  }

  /** One load phase's outcome. */
  record Phase(int clients, Latencies latencies, long errors, Duration duration) {
    double perSecond() {
      return latencies.count() / (duration.toNanos() / 1e9);
    }
  }
}
