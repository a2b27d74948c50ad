package org.strategytracker.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL is stopped in the middle of a write load and started again on the same files and port,
 * while the application keeps running. Every command carries an idempotency key, so each answer can
 * be matched with what the event store holds afterwards: meanwhile writes are answered 503 with
 * Retry-After, never 500; every command that got a 2xx is stored exactly once; no command that got
 * an error is stored (unless whole, with its idempotency record: a commit whose acknowledgement was
 * lost); the service writes again without a restart, and the projections catch up. A person whose
 * very first request falls into the outage (the actor directory records them before any controller
 * runs) is answered 503 too, and recorded on their next request once the database is back.
 */
class DatabaseOutageIntegrationTest {

  static final int WRITERS = 4;

  @TempDir Path dataDirectory;

  /**
   * One answered command: its key, the measure it changed, when it was sent and answered, and what
   * came back.
   */
  record Answer(
      String key,
      String measure,
      String body,
      long sentAt,
      long answeredAt,
      int status,
      String retryAfter,
      String contentType) {}

  @Test
  void answers503DuringTheOutageLosesNothingAcceptedAndRecoversWithoutARestart() throws Exception {
    int port = freePort();
    EmbeddedPostgres postgres = start(port);
    String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try (TrackerUnderTest tracker = new TrackerUnderTest(jdbcUrl)) {
      for (int i = 0; i < WRITERS; i++) {
        assertThat(
                tracker
                    .post(
                        tracker.office,
                        "/api/v1/measures",
                        "{\"id\":\"ausfall-"
                            + i
                            + "\",\"title\":\"Ausfall "
                            + i
                            + "\",\"fieldOfAction\":\"Sonstiges\",\"leadUnit\":\"FB 61\",\"priority\":2}",
                        Map.of())
                    .statusCode())
            .isEqualTo(201);
      }
      List<Future<?>> load = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String measure = "ausfall-" + i;
        load.add(
            writers.submit(
                () -> {
                  for (int n = 0; writing.get(); n++) {
                    answers.add(
                        send(
                            tracker,
                            measure,
                            "{\"percentComplete\":"
                                + n % 101
                                + ",\"health\":\"GREEN\",\"comment\":\"n"
                                + n
                                + "\"}",
                            UUID.randomUUID().toString()));
                  }
                  return null;
                }));
      }
      await().atMost(Duration.ofSeconds(60)).until(() -> accepted(answers) >= 20);

      long stopped = System.currentTimeMillis();
      postgres.close();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  answers.stream().filter(a -> a.sentAt() > stopped + 500).count() >= 2L * WRITERS);
      String newcomer = tracker.token("neu-im-ausfall", List.of("EDITOR"), List.of("FB 61"));
      HttpResponse<String> firstRequest = tracker.get(newcomer, "/api/v1/measures/ausfall-0");
      assertThat(firstRequest.statusCode())
          .as("a new user's first request during the outage: %s", firstRequest.body())
          .isEqualTo(503);
      assertThat(firstRequest.headers().firstValue("Retry-After")).isPresent();
      assertThat(firstRequest.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      long restarted = System.currentTimeMillis();
      postgres = start(port);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  answers.stream().anyMatch(a -> a.sentAt() > restarted && a.status() / 100 == 2));
      long recovered = System.currentTimeMillis();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  answers.stream()
                          .filter(a -> a.sentAt() > recovered && a.status() / 100 == 2)
                          .count()
                      >= 20);
      writing.set(false);
      for (Future<?> writer : load) {
        writer.get();
      }
      assertThat(tracker.get(newcomer, "/api/v1/measures/ausfall-0").statusCode()).isEqualTo(200);
      assertThat(directoryEntries(jdbcUrl, "neu-im-ausfall"))
          .as("the newcomer is recorded once the database is back")
          .isEqualTo(1);

      List<Answer> all = List.copyOf(answers);
      List<Answer> failed = all.stream().filter(a -> a.status() / 100 != 2).toList();
      List<Answer> duringOutage =
          all.stream()
              .filter(a -> a.sentAt() > stopped + 500 && a.answeredAt() < restarted)
              .toList();
      System.out.printf(
          "Database outage: %d commands, %d accepted, %d answered 503, %d sent and answered while PostgreSQL was down%n",
          all.size(), all.size() - failed.size(), failed.size(), duringOutage.size());
      assertThat(failed)
          .as("errors are 503 problem+json with Retry-After, never 500")
          .isNotEmpty()
          .allSatisfy(
              answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.retryAfter()).isNotBlank();
                assertThat(answer.contentType()).startsWith("application/problem+json");
              });
      assertThat(duringOutage)
          .isNotEmpty()
          .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(503));

      Map<String, Integer> stored = eventsByIdempotencyKey(jdbcUrl);
      Map<String, Boolean> recorded = idempotencyRecords(jdbcUrl);
      for (Answer answer : all) {
        if (answer.status() / 100 == 2) {
          assertThat(stored.get(answer.key()))
              .as("accepted command %s is stored exactly once", answer.key())
              .isEqualTo(1);
        } else if (stored.containsKey(answer.key())) {
          assertThat(stored.get(answer.key())).isEqualTo(1);
          assertThat(recorded)
              .as("a stored command has its idempotency record: it is whole")
              .containsKey(answer.key());
        }
      }

      for (Answer answer : failed) {
        HttpResponse<String> retry =
            tracker.post(
                tracker.editor,
                "/api/v1/measures/" + answer.measure() + "/progress",
                answer.body(),
                Map.of("Idempotency-Key", answer.key()));
        assertThat(retry.statusCode()).as("retry of %s", answer.key()).isEqualTo(200);
      }
      Map<String, Integer> afterRetries = eventsByIdempotencyKey(jdbcUrl);
      assertThat(all)
          .allSatisfy(
              answer -> assertThat(afterRetries.get(answer.key())).as(answer.key()).isEqualTo(1));

      for (int i = 0; i < WRITERS; i++) {
        String measure = "ausfall-" + i;
        long version = version(jdbcUrl, measure);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    tracker
                        .get("/api/v1/measures/" + measure)
                        .body()
                        .contains("\"version\":" + version));
      }
    } finally {
      writing.set(false);
      writers.shutdownNow();
      postgres.close();
    }
  }

  private static Answer send(TrackerUnderTest tracker, String measure, String body, String key) {
    long sentAt = System.currentTimeMillis();
    HttpResponse<String> response =
        tracker.post(
            tracker.editor,
            "/api/v1/measures/" + measure + "/progress",
            body,
            Map.of("Idempotency-Key", key));
    return new Answer(
        key,
        measure,
        body,
        sentAt,
        System.currentTimeMillis(),
        response.statusCode(),
        response.headers().firstValue("Retry-After").orElse(null),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private static long accepted(ConcurrentLinkedQueue<Answer> answers) {
    return answers.stream().filter(a -> a.status() / 100 == 2).count();
  }

  private EmbeddedPostgres start(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setServerConfig("synchronous_commit", "on")
        .start();
  }

  private static Map<String, Integer> eventsByIdempotencyKey(String jdbcUrl) throws SQLException {
    Map<String, Integer> keys = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' FROM domain_event_entry")) {
      while (rs.next()) {
        if (rs.getString(1) != null) {
          keys.merge(rs.getString(1), 1, Integer::sum);
        }
      }
    }
    return keys;
  }

  private static Map<String, Boolean> idempotencyRecords(String jdbcUrl) throws SQLException {
    Map<String, Boolean> keys = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery("SELECT idempotency_key FROM command_idempotency")) {
      while (rs.next()) {
        keys.put(rs.getString(1), true);
      }
    }
    return keys;
  }

  private static long directoryEntries(String jdbcUrl, String actorId) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT count(*) FROM actor_directory WHERE actor_id = '" + actorId + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long version(String jdbcUrl, String measure) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = '"
                        + measure
                        + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
