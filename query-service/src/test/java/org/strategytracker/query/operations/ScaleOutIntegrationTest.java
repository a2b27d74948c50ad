package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.registered;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.query.QueryServiceApplication;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;

/**
 * Two instances of the query service on one database: this JVM's and a second process. They split
 * every processor's segments; when the second process is killed (no shutdown, no released claims),
 * this one takes over its segments once the claims time out and projects what comes after.
 */
class ScaleOutIntegrationTest {

  static final List<String> PROCESSORS = List.of("portfolio", "history", "kpi");

  @Test
  void twoInstancesShareTheSegmentsAndTheSurvivorTakesOverWhenTheOtherIsKilled() throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.ephemeral();
    List<String> settings =
        List.of(
            "--spring.datasource.url=" + database.jdbcUrl(),
            "--server.port=0",
            "--axon.eventhandling.tokenstore.claim-timeout=5s",
            "--TRACKER_TOKEN_CLAIM_INTERVAL_MS=300",
            "--tracker.query.balancing.heartbeat=500ms",
            "--tracker.query.balancing.node-timeout=5s");
    String self = ManagementFactory.getRuntimeMXBean().getName();
    try (ConfigurableApplicationContext first =
        new SpringApplicationBuilder(QueryServiceApplication.class)
            .run(settings.toArray(String[]::new))) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      EventLog log = new EventLog(first.getBean(EventStore.class));
      QueryApi api = new QueryApi(((WebServerApplicationContext) first).getWebServer().getPort());
      Process second = startSecondInstance(settings);
      try {
        await()
            .atMost(Duration.ofSeconds(120))
            .until(
                () ->
                    PROCESSORS.stream()
                        .allMatch(
                            p ->
                                owners(jdbc, p).size() == 2
                                    && owners(jdbc, p).values().stream().allMatch(n -> n == 2)));
        assertThat(owners(jdbc, "portfolio")).containsKey(self);

        second.destroyForcibly().waitFor();
        IntStream.range(0, 8)
            .forEach(
                i ->
                    log.append(
                        "scale-" + i,
                        registered("scale-" + i, "Maßnahme " + i, "Sonstiges", "FB 61", 2)));

        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> PROCESSORS.stream().allMatch(p -> owners(jdbc, p).equals(Map.of(self, 4L))));
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    IntStream.range(0, 8)
                        .allMatch(i -> api.get("/api/v1/measures/scale-" + i).status() == 200));
      } finally {
        second.destroyForcibly();
      }
    }
  }

  private static Map<String, Long> owners(JdbcClient jdbc, String processor) {
    return jdbc
        .sql("SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL")
        .param(processor)
        .query(String.class)
        .list()
        .stream()
        .collect(Collectors.groupingBy(owner -> owner, Collectors.counting()));
  }

  private static Process startSecondInstance(List<String> settings) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Ddisable-axoniq-console-message=true",
                "-cp",
                System.getProperty("java.class.path"),
                QueryServiceApplication.class.getName()));
    command.addAll(settings);
    File output = Path.of("target", "scale-out-second-instance.log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
  }
}
