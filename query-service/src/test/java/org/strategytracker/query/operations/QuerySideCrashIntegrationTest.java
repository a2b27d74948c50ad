package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.query.QueryServiceApplication;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.support.EventCopy;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceProcess;
import org.strategytracker.query.support.Scenario;
import org.strategytracker.query.support.Tables;

/**
 * The query side is killed (SIGKILL, a JVM of its own) in the middle of its work, a new one is
 * started, and afterwards every table of every projection equals, row for row, what an undisturbed
 * instance built from the same events: no row lost, none twice. The undisturbed instance runs in
 * this JVM on a database of its own; the crashing ones read a copy of its event store that grows
 * while they work.
 */
class QuerySideCrashIntegrationTest {

  static final int MEASURES = 100;
  static final List<String> SETTINGS =
      List.of(
          "--axon.eventhandling.tokenstore.claim-timeout=3s",
          "--TRACKER_TOKEN_CLAIM_INTERVAL_MS=300",
          "--tracker.query.balancing.heartbeat=300ms",
          "--tracker.query.balancing.node-timeout=2s",
          "--tracker.query.rebuild.batch-size=100");

  static ConfigurableApplicationContext reference;
  static JdbcClient referenceJdbc;
  static Serializer serializer;
  static Map<String, List<String>> views;
  static List<Long> events;

  @BeforeAll
  static void buildUndisturbed() {
    EmbeddedDatabase database = EmbeddedDatabase.ephemeral();
    reference =
        new SpringApplicationBuilder(QueryServiceApplication.class)
            .web(WebApplicationType.NONE)
            .run("--spring.datasource.url=" + database.jdbcUrl(), "--server.port=0");
    referenceJdbc = reference.getBean(JdbcClient.class);
    serializer = reference.getBean("serializer", Serializer.class);
    views = new LinkedHashMap<>();
    reference.getBeansOfType(ProjectionDefinition.class).values().stream()
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .forEach(projection -> views.put(projection.name(), projection.tables()));
    EventLog log = new EventLog(reference.getBean(EventStore.class));
    for (int i = 0; i < MEASURES; i++) {
      Scenario.everyEventType(log, "absturz-" + i);
    }
    events = new EventCopy(referenceJdbc, referenceJdbc).positions();
    awaitCaughtUp(referenceJdbc, events.get(events.size() - 1));
  }

  @AfterAll
  static void stop() {
    reference.close();
  }

  @Test
  void afterAKillDuringAWriteLoadTheTablesEqualAnUndisturbedBuild() throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.ephemeral();
    JdbcClient jdbc = jdbc(database);
    EventCopy copy = new EventCopy(referenceJdbc, jdbc);
    long head = events.get(events.size() - 1);
    long quarter = events.get(events.size() / 4);
    CountDownLatch killed = new CountDownLatch(1);
    AtomicLong copied = new AtomicLong(-1);

    try (QueryServiceProcess first = start("crash-load-1", database)) {
      awaitStarted(jdbc);
      CompletableFuture<Void> load =
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < events.size(); i++) {
                  if (i == events.size() * 3 / 4) {
                    await().atMost(Duration.ofSeconds(120)).until(() -> killed.getCount() == 0);
                  }
                  copy.copy(events.get(i));
                  copied.set(events.get(i));
                }
              });
      await()
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  views.keySet().stream()
                      .allMatch(p -> positions(jdbc).highest(p).orElse(-1) >= quarter));
      long copiedAtKill = copied.get();
      first.kill();
      killed.countDown();

      for (String projection : views.keySet()) {
        assertThat(positions(jdbc).highest(projection).orElse(-1))
            .as("%s had projected some events", projection)
            .isGreaterThanOrEqualTo(quarter);
        assertThat(positions(jdbc).lowest(projection).orElse(-1))
            .as("%s had not projected every event", projection)
            .isLessThanOrEqualTo(copiedAtKill)
            .isLessThan(head);
      }
      System.out.printf(
          "Killed the query side during the load: %d of %d events stored, projections at %s%n",
          events.indexOf(copiedAtKill) + 1, events.size(), lowest(jdbc));
      load.get();
    }

    try (QueryServiceProcess second = start("crash-load-2", database)) {
      awaitCaughtUp(jdbc, head);
      assertEqualToUndisturbed(jdbc);
    }
  }

  @Test
  void aRebuildKilledMidwayIsFinishedByTheNextInstanceAndTheTablesEqualAnUndisturbedBuild()
      throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.ephemeral();
    JdbcClient jdbc = jdbc(database);
    EventCopy copy = new EventCopy(referenceJdbc, jdbc);
    int before = events.size() * 2 / 3;
    Map<String, String> rebuilds = new LinkedHashMap<>();

    try (QueryServiceProcess first = start("crash-rebuild-1", database);
        Connection switchBlocker =
            DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
      awaitStarted(jdbc);
      events.subList(0, before).forEach(copy::copy);
      awaitCaughtUp(jdbc, events.get(before - 1));
      switchBlocker.setAutoCommit(false);
      try (Statement statement = switchBlocker.createStatement()) {
        // holds every switch back (it locks these rows FOR UPDATE), so that the kill lands while
        // the rebuilds are running, wherever they are
        statement.execute("SELECT * FROM projection_generation FOR SHARE");
      }
      QueryApi api = first.api();
      for (String projection : views.keySet()) {
        QueryApi.Response started =
            api.post("/api/v1/admin/projections/" + projection + "/rebuild");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        rebuilds.put(projection, started.json().get("id").asString());
      }
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> rebuilds.values().stream().anyMatch(id -> position(jdbc, id) > 0));

      first.kill();

      for (String projection : views.keySet()) {
        assertThat(state(jdbc, rebuilds.get(projection))).isEqualTo("RUNNING");
        assertThat(Tables.generation(jdbc, projection)).isEqualTo(1);
      }
      System.out.printf(
          "Killed the query side during the rebuilds (one at a time, the others waiting): new tables at %s of %d events%n",
          rebuilds.keySet().stream()
              .map(p -> p + " " + positions(jdbc).lowest(p + "-g2").orElse(-1))
              .toList(),
          events.get(before - 1));
      switchBlocker.rollback();
    }

    try (QueryServiceProcess second = start("crash-rebuild-2", database)) {
      awaitStarted(jdbc);
      events.subList(before, events.size()).forEach(copy::copy);
      await()
          .atMost(Duration.ofSeconds(180))
          .until(() -> rebuilds.values().stream().allMatch(id -> "DONE".equals(state(jdbc, id))));
      for (String projection : views.keySet()) {
        assertThat(Tables.generation(jdbc, projection)).isEqualTo(2);
        QueryApi.Response status =
            second
                .api()
                .get(
                    "/api/v1/admin/projections/rebuilds/" + rebuilds.get(projection),
                    QueryApi.as("strategie"));
        assertThat(status.json().get("state").asString()).isEqualTo("DONE");
      }
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM information_schema.tables"
                          + " WHERE table_schema = current_schema() AND table_name ~ '_g[13]$'")
                  .query(Long.class)
                  .single())
          .as("the old and any half-built generation are dropped")
          .isZero();
      assertThat(
              jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name LIKE '%-g%'")
                  .query(Long.class)
                  .single())
          .as("no shadow processor is left")
          .isZero();
      awaitCaughtUp(jdbc, events.get(events.size() - 1));
      assertEqualToUndisturbed(jdbc);
    }
  }

  private static void assertEqualToUndisturbed(JdbcClient jdbc) {
    views.forEach(
        (projection, tables) ->
            tables.forEach(
                view ->
                    assertThat(Tables.contents(jdbc, view))
                        .as("%s of %s", view, projection)
                        .isNotEmpty()
                        .containsExactlyElementsOf(Tables.contents(referenceJdbc, view))));
    assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry").query(Long.class).single())
        .isZero();
  }

  private static QueryServiceProcess start(String name, EmbeddedDatabase database) {
    return QueryServiceProcess.start(name, database.jdbcUrl(), SETTINGS.toArray(String[]::new));
  }

  private static void awaitStarted(JdbcClient jdbc) {
    await()
        .atMost(Duration.ofSeconds(120))
        .ignoreExceptions()
        .until(
            () ->
                jdbc.sql("SELECT count(DISTINCT processor_name) FROM token_entry")
                        .query(Long.class)
                        .single()
                    >= views.size());
  }

  private static void awaitCaughtUp(JdbcClient jdbc, long head) {
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                views.keySet().stream()
                    .allMatch(p -> positions(jdbc).lowest(p).orElse(-1) >= head));
  }

  private static TokenPositions positions(JdbcClient jdbc) {
    return new TokenPositions(jdbc, serializer);
  }

  private static Map<String, Long> lowest(JdbcClient jdbc) {
    Map<String, Long> lowest = new LinkedHashMap<>();
    views.keySet().forEach(p -> lowest.put(p, positions(jdbc).lowest(p).orElse(-1)));
    return lowest;
  }

  private static long position(JdbcClient jdbc, String rebuild) {
    return jdbc.sql("SELECT position FROM projection_rebuild WHERE rebuild_id = ?")
        .param(rebuild)
        .query(Long.class)
        .single();
  }

  private static String state(JdbcClient jdbc, String rebuild) {
    return jdbc.sql("SELECT state FROM projection_rebuild WHERE rebuild_id = ?")
        .param(rebuild)
        .query(String.class)
        .single();
  }

  private static JdbcClient jdbc(EmbeddedDatabase database) {
    return JdbcClient.create(
        new SimpleDriverDataSource(
            new org.postgresql.Driver(), database.jdbcUrl(), "postgres", ""));
  }
}
