package org.strategytracker.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * As-of reports: the portfolio's status report as it stood on a past day, asked of the query API
 * ({@code GET /api/v1/reports/status?asOf=}). Answers {@code NaN} when the running system has no
 * such report (the endpoint answers 404), so the table says "n/a" instead of a figure.
 */
final class TimeTravel {

  private final String baseUrl;
  private final String token;
  private final HttpClient http = HttpClient.newHttpClient();

  TimeTravel(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** The median latency of {@code repetitions} as-of reports for {@code day}, after one warm-up. */
  Latencies report(LocalDate day, int repetitions) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/reports/status?asOf=" + day))
            .header("Authorization", token)
            .GET()
            .build();
    Latencies latencies = new Latencies();
    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
      return latencies;
    }
    for (int i = 0; i < repetitions; i++) {
      long started = System.nanoTime();
      int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
      if (status != 200) {
        throw new IllegalStateException("as-of report for " + day + " answered " + status);
      }
      latencies.add(System.nanoTime() - started);
    }
    return latencies;
  }
}
