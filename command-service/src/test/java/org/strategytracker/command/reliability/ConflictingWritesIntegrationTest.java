package org.strategytracker.command.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategytracker.command.support.Api;

/**
 * Many clients change one measure at the same moment, all with the same {@code If-Match}: in every
 * round exactly one is accepted, the others get 409 (they raced for the same sequence number) or
 * 412 (the winner had committed already), and the store holds exactly the winners' events, in the
 * order of the rounds.
 */
class ConflictingWritesIntegrationTest {

  static final int CLIENTS = 16;
  static final int ROUNDS = 25;
  static SignedInService service;

  @BeforeAll
  static void start() {
    service = new SignedInService();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void acceptsExactlyOneOfManyWritersPerVersionAndStoresTheWinnersInOrder() throws Exception {
    String measure = "wettlauf";
    register(measure);
    List<String> winners = new ArrayList<>();
    int rejected = 0;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      long version = 3;
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
          String marker = "r" + round + "-c" + client;
          markers.add(marker);
          String[] command = command(measure, round * CLIENTS + client, marker);
          String ifMatch = "\"" + version + "\"";
          answers.add(
              clients.submit(
                  () -> {
                    go.await();
                    return service.api.post(
                        command[0],
                        command[1],
                        Map.of(
                            "Authorization",
                            service.editor.get("Authorization"),
                            "If-Match",
                            ifMatch));
                  }));
        }
        go.countDown();
        List<String> accepted = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
          Api.Response answer = answers.get(client).get();
          if (answer.status() / 100 == 2) {
            accepted.add(markers.get(client));
            assertThat(answer.etag()).isEqualTo("\"" + (version + 1) + "\"");
          } else {
            assertThat(answer.status()).as(answer.body()).isIn(409, 412);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            rejected++;
          }
        }
        assertThat(accepted).as("round %d", round).hasSize(1);
        winners.addAll(accepted);
        version++;
      }
    } finally {
      clients.shutdownNow();
    }

    List<String> stored =
        service
            .jdbc
            .sql(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= 3 ORDER BY sequence_number")
            .param(measure)
            .query(String.class)
            .list();
    assertThat(stored).hasSize(ROUNDS);
    for (int i = 0; i < ROUNDS; i++) {
      assertThat(stored.get(i))
          .as("event %d holds the winner of round %d", i + 3, i)
          .contains("\"" + winners.get(i) + "\"");
    }
    assertThat(
            service
                .jdbc
                .sql(
                    "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(measure)
                .query(Long.class)
                .single())
        .isEqualTo(2L + ROUNDS);
    assertThat(rejected).isEqualTo(ROUNDS * (CLIENTS - 1));
  }

  private static void register(String measure) {
    assertThat(
            service
                .api
                .post(
                    "/api/v1/measures",
                    Map.of(
                        "id",
                        measure,
                        "title",
                        "Wettlauf",
                        "fieldOfAction",
                        "Sonstiges",
                        "leadUnit",
                        "FB 61",
                        "priority",
                        2),
                    service.office)
                .status())
        .isEqualTo(201);
    assertThat(
            service
                .api
                .post(
                    "/api/v1/measures/" + measure + "/milestones",
                    Map.of("id", "m1", "title", "Meilenstein", "dueDate", "2030-01-01"),
                    service.office)
                .status())
        .isEqualTo(201);
    assertThat(
            service
                .api
                .post(
                    "/api/v1/measures/" + measure + "/kpis",
                    Map.of(
                        "id", "k1", "name", "Kennzahl", "unit", "Anzahl", "direction", "INCREASE"),
                    service.office)
                .status())
        .isEqualTo(201);
  }

  /**
   * A different kind of command per client, each valid in any state and carrying a marker that ends
   * up in its event.
   */
  private static String[] command(String measure, int n, String marker) {
    String base = "/api/v1/measures/" + measure;
    return switch (n % 3) {
      case 0 ->
          new String[] {
            base + "/progress",
            "{\"percentComplete\":"
                + n % 101
                + ",\"health\":\"GREEN\",\"comment\":\""
                + marker
                + "\"}"
          };
      case 1 ->
          new String[] {
            base + "/kpis/k1/values",
            "{\"value\":" + n + ",\"observedOn\":\"2025-01-01\",\"comment\":\"" + marker + "\"}"
          };
      default ->
          new String[] {
            base + "/milestones/m1/reschedule",
            "{\"dueDate\":\""
                + java.time.LocalDate.of(2031, 1, 1).plusDays(n)
                + "\",\"reason\":\""
                + marker
                + "\"}"
          };
    };
  }
}
