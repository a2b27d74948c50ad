package org.strategytracker.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the real system on this machine and prints one table of figures next to the ceiling of
 * the same PostgreSQL, measured in the same run with the same durability settings.
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
 *   org.strategytracker.benchmarks.Benchmark --out=docs/benchmarks.md
 * </pre>
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Report report = run(options);
    System.out.println(report.table());
    if (options.output() != null) {
      report.writeMarkdown(options.output(), "java -cp \"benchmarks/target/benchmarks.jar:benchmarks/target/lib/*\" org.strategytracker.benchmarks.Benchmark "
          + String.join(" ", args));
      System.out.println("written to " + options.output());
    }
  }

  static Report run(Options options) throws Exception {
    Report report = new Report();
    Path work = Files.createTempDirectory("tracker-benchmark");
    System.out.println("working in " + work);

    try (AppProcess defaultRun = AppProcess.start(options.jar(), work.resolve("default-run.log"),
        Map.of("TRACKER_DATA_DIR", work.resolve("default-data").toString()))) {
      report.add("Default run: start-up to ready", defaultRun.startup.toMillis(), "ms", null, null);
      report.add("Default run: resident memory when ready", defaultRun.residentMiB(), "MiB", null, null);
    }

    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true)
        .setServerConfig("synchronous_commit", "on").start()) {
      String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      Ceiling ceiling = new Ceiling(jdbcUrl);
      Tokens tokens = new Tokens();
      Path publicKey = tokens.writePublicKey(work);
      Map<String, String> environment = Map.of(
          "SPRING_DATASOURCE_URL", jdbcUrl,
          "SPRING_DATASOURCE_USERNAME", "postgres",
          "TRACKER_SECURITY_MODE", "oidc",
          "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION", "file:" + publicKey,
          "TRACKER_WRITES_PER_MINUTE", "100000000");
      int maxClients = options.concurrency().stream().max(Integer::compare).orElse(1);
      try (AppProcess app = AppProcess.start(options.jar(), work.resolve("app.log"), environment)) {
        try (WriteLoad load = new WriteLoad(app.baseUrl(), tokens, maxClients)) {
        load.seed(options.measures());
        for (int clients : options.concurrency()) {
          double raw = ceiling.insertsPerSecond(clients, options.phase());
          WriteLoad.Phase phase = load.run(clients, options.measures(), options.phase());
          String label = "Write path, " + clients + (clients == 1 ? " client" : " clients");
          report.add(label + ": commands/s", phase.perSecond(), "1/s", raw, "≥ 0.5 of ceiling");
          report.add(label + ": latency p50", phase.latencies().percentileMillis(50), "ms", null, null);
          report.add(label + ": latency p95", phase.latencies().percentileMillis(95), "ms", null, null);
          report.add(label + ": latency p99", phase.latencies().percentileMillis(99), "ms", null, null);
          report.add(label + ": rejected answers", phase.errors(), "count", null, "0");
        }
        }
        report.add("Events in the store", ceiling.eventCount(), "count", null, null);
        report.add("Ceiling: sequential read of the event table", ceiling.sequentialReadRowsPerSecond(), "rows/s", null, null);
      }
    }
    return report;
  }
}
