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
 * measures, as departments own theirs. Every fifth accepted command is followed by a reader that
 * asks the query API for the version the command answered ({@code ?minVersion=N}); the time from
 * the command's 2xx to that answer is the projection lag.
 */
final class WriteLoad implements AutoCloseable {

  private final String baseUrl;
  private final String officeToken;
  private final String editorToken;
  private final HttpClient http;
  private final ExecutorService httpThreads;
  private final ExecutorService lagProbes = Executors.newFixedThreadPool(4);

  WriteLoad(String baseUrl, Tokens tokens, int clients) {
    this.baseUrl = baseUrl;
    this.officeToken = tokens.bearer("bench-office", List.of("STRATEGY_OFFICE"), List.of());
    this.editorToken = tokens.bearer("bench-fb61", List.of("EDITOR"), List.of("FB 61"));
    this.httpThreads = Executors.newFixedThreadPool(Math.max(4, clients));
    this.http = HttpClient.newBuilder().executor(httpThreads).build();
  }

  @Override
  public void close() {
    lagProbes.shutdownNow();
    httpThreads.shutdownNow();
  }

  static String measureId(int i) {
    return "bench-" + i;
  }

  /**
   * Registers the measures, each with a milestone and a KPI, in progress; sixteen clients at once.
   */
  void seed(int measures) throws Exception {
    ExecutorService seeders = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> seeded = new ArrayList<>();
      for (int i = 0; i < measures; i++) {
        int measure = i;
        seeded.add(
            seeders.submit(
                () -> {
                  seedOne(measure);
                  return null;
                }));
      }
      for (Future<?> done : seeded) {
        done.get();
      }
    } finally {
      seeders.shutdownNow();
    }
  }

  private void seedOne(int i) throws Exception {
    String id = measureId(i);
    expect(
        postPatiently(
            officeToken,
            "/api/v1/measures",
            "{\"id\":\""
                + id
                + "\",\"title\":\"Maßnahme "
                + i
                + "\",\"fieldOfAction\":\"Feld "
                + (i % 12)
                + "\",\"leadUnit\":\"FB 61\",\"priority\":"
                + (1 + i % 3)
                + ",\"period\":\"1.2023 – 12.2025\"}"),
        201);
    expect(
        postPatiently(
            officeToken,
            "/api/v1/measures/" + id + "/milestones",
            "{\"id\":\"m1\",\"title\":\"Meilenstein\",\"dueDate\":\"2027-06-30\"}"),
        201);
    expect(
        postPatiently(
            officeToken,
            "/api/v1/measures/" + id + "/kpis",
            "{\"id\":\"k1\",\"name\":\"Kennzahl\",\"unit\":\"Anzahl\",\"direction\":\"INCREASE\",\"baseline\":0,\"target\":100,\"targetDate\":\"2027-12-31\"}"),
        201);
    expect(
        postPatiently(
            officeToken,
            "/api/v1/measures/" + id + "/status",
            "{\"status\":\"IN_PROGRESS\",\"reason\":\"Start\"}"),
        200);
  }

  /**
   * Runs the mix with {@code clients} clients for {@code phase}; returns accepted commands and
   * their latencies.
   */
  Phase run(int clients, int measures, Duration phase) throws Exception {
    Latencies latencies = new Latencies();
    Latencies lag = new Latencies();
    AtomicLong errors = new AtomicLong();
    List<Future<?>> probes = java.util.Collections.synchronizedList(new ArrayList<>());
    long deadline = System.nanoTime() + phase.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      int first = client;
      workers.add(
          pool.submit(
              () -> {
                boolean[] onHold = new boolean[measures];
                long counter = 0;
                long accepted = 0;
                while (System.nanoTime() < deadline) {
                  int measure =
                      first
                          + clients
                              * ThreadLocalRandom.current()
                                  .nextInt(Math.max(1, (measures - first + clients - 1) / clients));
                  if (measure >= measures) {
                    continue;
                  }
                  long started = System.nanoTime();
                  HttpResponse<String> response = send(measure, counter++, onHold);
                  long answered = System.nanoTime();
                  if (response.statusCode() / 100 == 2) {
                    latencies.add(answered - started);
                    if (accepted++ % 5 == 0) {
                      long version =
                          Long.parseLong(
                              response
                                  .headers()
                                  .firstValue("ETag")
                                  .orElseThrow()
                                  .replaceAll("\\D", ""));
                      probes.add(lagProbes.submit(() -> probe(measure, version, answered, lag)));
                    }
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
    for (Future<?> probe : probes) {
      probe.get();
    }
    return new Phase(clients, latencies, lag, errors.get(), phase);
  }

  /**
   * Reads the measure until the query API shows {@code version}; records the time since the
   * command's answer.
   */
  private Void probe(int measure, long version, long answered, Latencies lag) throws Exception {
    HttpRequest read =
        HttpRequest.newBuilder(
                URI.create(
                    baseUrl + "/api/v1/measures/" + measureId(measure) + "?minVersion=" + version))
            .header("Authorization", officeToken)
            .GET()
            .build();
    long deadline = answered + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      // the query API waits up to two seconds for the version itself and answers 503 if it is not
      // there yet
      if (http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
        lag.add(System.nanoTime() - answered);
        return null;
      }
    }
    throw new IllegalStateException(
        "version "
            + version
            + " of "
            + measureId(measure)
            + " did not become readable within a minute");
  }

  private HttpResponse<String> send(int measure, long counter, boolean[] onHold) throws Exception {
    String base = "/api/v1/measures/" + measureId(measure);
    int roll = ThreadLocalRandom.current().nextInt(100);
    if (roll < 40) {
      return post(
          editorToken,
          base + "/kpis/k1/values",
          "{\"value\":"
              + (counter % 100)
              + ",\"observedOn\":\""
              + LocalDate.now().minusDays(1)
              + "\"}");
    }
    if (roll < 70) {
      return post(
          editorToken,
          base + "/progress",
          "{\"percentComplete\":"
              + (counter % 101)
              + ",\"health\":\"GREEN\",\"comment\":\"Bericht\"}");
    }
    if (roll < 85) {
      onHold[measure] = !onHold[measure];
      return post(
          editorToken,
          base + "/status",
          "{\"status\":\""
              + (onHold[measure] ? "ON_HOLD" : "IN_PROGRESS")
              + "\",\"reason\":\"Lastprobe\"}");
    }
    return post(
        editorToken,
        base + "/milestones/m1/reschedule",
        "{\"dueDate\":\""
            + LocalDate.of(2027, 1, 1).plusDays(counter % 700)
            + "\",\"reason\":\"Lastprobe\"}");
  }

  /** Posts until the answer is not 503: seeding honours Retry-After like a well-behaved client. */
  private HttpResponse<String> postPatiently(String token, String path, String json)
      throws Exception {
    HttpResponse<String> response = post(token, path, json);
    for (int attempt = 0; attempt < 20 && response.statusCode() == 503; attempt++) {
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
      response = post(token, path, json);
    }
    return response;
  }

  HttpResponse<String> post(String token, String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("Authorization", token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "seeding failed: " + response.statusCode() + " " + response.body());
    }
  }

  /** One load phase's outcome. */
  record Phase(int clients, Latencies latencies, Latencies lag, long errors, Duration duration) {
    double perSecond() {
      return latencies.count() / (duration.toNanos() / 1e9);
    }
  }
}
