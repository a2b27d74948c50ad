package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.registered;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.query.QueryServiceApplication;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import org.strategytracker.query.support.Scenario;
import org.strategytracker.query.support.Tables;

@QueryServiceTest
class ProjectionRebuildIntegrationTest {

  static final Map<String, List<String>> VIEWS =
      Map.of(
          "portfolio",
              List.of(
                  "portfolio_measure",
                  "portfolio_milestone",
                  "portfolio_kpi",
                  "portfolio_kpi_value"),
          "history", List.of("history_entry", "history_label"),
          "kpi", List.of("kpi_definition", "kpi_value", "kpi_correction"));

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcClient jdbc;
  @Autowired TokenPositions tokens;
  @Autowired EmbeddedDatabase database;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;
  QueryApi api;

  @BeforeEach
  void setUp() {
    api = new QueryApi(port);
    Scenario.everyEventType(new EventLog(eventStore), "rb-" + System.nanoTime() % 100000);
    long head = tokens.head();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                VIEWS.keySet().stream()
                    .allMatch(
                        p ->
                            processing
                                .eventProcessor(p, StreamingEventProcessor.class)
                                .orElseThrow()
                                .processingStatus()
                                .values()
                                .stream()
                                .allMatch(
                                    status -> status.getCurrentPosition().orElse(-1) >= head)));
  }

  @Test
  void
      rebuildsEveryProjectionBesideTheLiveTablesIntoExactlyTheSameContentsWhileTheApiKeepsAnswering() {
    for (String projection : VIEWS.keySet()) {
      Map<String, List<String>> before = snapshot(projection);
      int generation = Tables.generation(jdbc, projection);

      QueryApi.Response started = api.post("/api/v1/admin/projections/" + projection + "/rebuild");

      assertThat(started.status()).as(started.body()).isEqualTo(202);
      String statusUrl = started.header("Location");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                assertThat(api.get("/api/v1/measures?size=5").status()).isEqualTo(200);
                return api.get(statusUrl, QueryApi.as("strategie"))
                    .json()
                    .get("state")
                    .asString()
                    .equals("DONE");
              });
      assertThat(Tables.generation(jdbc, projection)).isEqualTo(generation + 1);
      assertThat(snapshot(projection)).isEqualTo(before);
    }
  }

  @Test
  void keepsEveryEventThatArrivesWhileTheNewTablesAreFilled() {
    EventLog log = new EventLog(eventStore);
    String prefix = "during-" + System.nanoTime() % 100000;

    QueryApi.Response started = api.post("/api/v1/admin/projections/portfolio/rebuild");
    int appended = 0;
    while (appended < 200
        && api.get(started.header("Location"), QueryApi.as("strategie"))
            .json()
            .get("state")
            .asString()
            .equals("RUNNING")) {
      log.append(
          prefix + "-" + appended,
          registered(prefix + "-" + appended, "Während des Neuaufbaus", "Sonstiges", "FB 61", 2));
      appended++;
    }
    log.append(
        prefix + "-" + appended,
        registered(prefix + "-" + appended, "Danach", "Sonstiges", "FB 61", 2));
    int total = appended + 1;

    // up to 200 events arrive while the new tables fill; the rebuild may still be switching then
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                api.get(started.header("Location"), QueryApi.as("strategie"))
                    .json()
                    .get("state")
                    .asString()
                    .equals("DONE"));
    assertThat(appended).isPositive();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM portfolio_measure WHERE measure_id LIKE ?")
                        .param(prefix + "-%")
                        .query(Long.class)
                        .single()
                    == total);
  }

  @Test
  void rebuildsFromTheCommandLineAndStops() {
    Map<String, List<String>> before = snapshot("history");
    int generation = Tables.generation(jdbc, "history");

    try (ConfigurableApplicationContext cli =
        new SpringApplicationBuilder(QueryServiceApplication.class)
            .web(WebApplicationType.NONE)
            .run("--tracker.rebuild=history", "--spring.datasource.url=" + database.jdbcUrl())) {
      assertThat(Tables.generation(jdbc, "history")).isEqualTo(generation + 1);
    }
    assertThat(snapshot("history")).isEqualTo(before);
  }

  @Test
  void fillsTheTimelineWithoutItsQueryIndexesAndBuildsThemBeforeTheSwitch() {
    int generation = Tables.generation(jdbc, "timeline");
    List<String> before = indexes("timeline_fact", generation);

    QueryApi.Response started = api.post("/api/v1/admin/projections/timeline/rebuild");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get(started.header("Location"), QueryApi.as("strategie"))
                    .json()
                    .get("state")
                    .asString()
                    .equals("DONE"));
    assertThat(before).hasSizeGreaterThan(3);
    assertThat(indexes("timeline_fact", generation + 1)).isEqualTo(before);
  }

  @Test
  void refusesToRebuildAProjectionItDoesNotKnow() {
    QueryApi.Response response = api.post("/api/v1/admin/projections/gibt-es-nicht/rebuild");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("name");
  }

  @Test
  void refusesASecondRebuildWhileAnotherInstanceRunsOneAndTheDatabaseRefusesItToo() {
    jdbc.sql(
            "INSERT INTO query_node (node_id, last_seen) VALUES ('other-instance', now())"
                + " ON CONFLICT (node_id) DO UPDATE SET last_seen = now()")
        .update();
    jdbc.sql(
            "INSERT INTO projection_rebuild"
                + " (rebuild_id, projection, generation, state, head, started_at, owner)"
                + " VALUES ('elsewhere', 'kpi', 99, 'RUNNING', 0, now(), 'other-instance')")
        .update();
    try {
      long rebuilds =
          jdbc.sql("SELECT count(*) FROM projection_rebuild").query(Long.class).single();

      QueryApi.Response response = api.post("/api/v1/admin/projections/kpi/rebuild");

      assertThat(response.status()).as(response.body()).isEqualTo(422);
      assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("name");
      assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo("rebuild-running");
      assertThat(jdbc.sql("SELECT count(*) FROM projection_rebuild").query(Long.class).single())
          .isEqualTo(rebuilds);
      // two instances passing the check at the same moment: the second insert fails
      assertThatThrownBy(
              () ->
                  jdbc.sql(
                          "INSERT INTO projection_rebuild"
                              + " (rebuild_id, projection, generation, state, head, started_at)"
                              + " VALUES ('racing', 'kpi', 99, 'RUNNING', 0, now())")
                      .update())
          .isInstanceOf(DuplicateKeyException.class);
    } finally {
      jdbc.sql("DELETE FROM projection_rebuild WHERE rebuild_id = 'elsewhere'").update();
      jdbc.sql("DELETE FROM query_node WHERE node_id = 'other-instance'").update();
    }
  }

  @Test
  void liveProjectionsCommitWithoutWaitingForTheDiskAndEverythingElseWaits() throws Exception {
    // the shared test server does not wait for the disk at all; make this database wait, as a
    // production one does, for the connections opened from now on
    String database = jdbc.sql("SELECT current_database()").query(String.class).single();
    jdbc.sql("ALTER DATABASE " + database + " SET synchronous_commit = on").update();
    HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
    pool.softEvictConnections();
    try {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> jdbc.sql("SHOW synchronous_commit").query(String.class).single(), "on"::equals);
      for (String projection : List.of("portfolio", "history", "kpi", "timeline")) {
        Transaction transaction = processing.transactionManager(projection).startTransaction();
        try {
          assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
              .as(projection)
              .isEqualTo("off");
        } finally {
          transaction.rollback();
        }
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
            .as("after the transaction")
            .isEqualTo("on");
      }
    } finally {
      jdbc.sql("ALTER DATABASE " + database + " RESET synchronous_commit").update();
      pool.softEvictConnections();
    }
  }

  /** The table's index definitions without their names, which a rebuild chooses anew. */
  private List<String> indexes(String table, int generation) {
    return jdbc.sql(
            "SELECT substring(indexdef from ' USING .*') FROM pg_indexes WHERE tablename = ?"
                + " ORDER BY 1")
        .param(table + "_g" + generation)
        .query(String.class)
        .list();
  }

  private Map<String, List<String>> snapshot(String projection) {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    VIEWS.get(projection).forEach(view -> contents.put(view, Tables.contents(jdbc, view)));
    return contents;
  }
}
