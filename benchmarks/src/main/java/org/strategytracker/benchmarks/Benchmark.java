package org.strategytracker.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the real system on this machine and prints one table of figures next to the ceiling of the
 * same PostgreSQL, measured in the same run with the same durability settings.
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
 *   org.strategytracker.benchmarks.Benchmark --out=docs/benchmarks.md
 * </pre>
 */
public final class Benchmark {

  private static final String COMMAND =
      "java -cp \"benchmarks/target/benchmarks.jar:benchmarks/target/lib/*\" org.strategytracker.benchmarks.Benchmark";

  private Benchmark() {}

  public static void main(String[] args) {
    int exitCode = 0;
    try {
      Options options = Options.parse(args);
      Report report = new Report();
      if (options.output() != null) {
        report.writeAsItGoes(options.output(), (COMMAND + " " + String.join(" ", args)).strip());
      }
      run(options, report);
      report.finish();
      System.out.println(report.table());
      if (options.output() != null) {
        System.out.println("written to " + options.output());
      }
    } catch (Exception e) {
      e.printStackTrace();
      exitCode = 1;
    }
    // the HTTP client's selector thread would otherwise keep the JVM alive for a while
    System.exit(exitCode);
  }

  static Report run(Options options) throws Exception {
    return run(options, new Report());
  }

  static Report run(Options options, Report report) throws Exception {
    Path work = Files.createTempDirectory("tracker-benchmark");
    System.out.println("working in " + work);
    if (!Files.exists(options.jar())) {
      throw new IllegalStateException(
          options.jar() + " is missing: build it first with mvn -DskipTests package");
    }
    // a copy, so that a build running meanwhile cannot swap the jar under the started processes
    Path jar = Files.copy(options.jar(), work.resolve("strategy-tracker.jar"));
    options = options.withJar(jar);
    defaultRun(options, work, report);

    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("postgres"))
            .setCleanDataDirectory(true)
            .setServerConfig("synchronous_commit", "on")
            .start()) {
      String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      Ceiling ceiling = new Ceiling(jdbcUrl);
      Tokens tokens = new Tokens();
      Map<String, String> environment =
          new HashMap<>(
              Map.of(
                  "SPRING_DATASOURCE_URL", jdbcUrl,
                  "SPRING_DATASOURCE_USERNAME", "postgres",
                  "TRACKER_SECURITY_MODE", "oidc",
                  "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION",
                      "file:" + tokens.writePublicKey(work),
                  "TRACKER_WRITES_PER_MINUTE", "100000000"));
      writePath(options, work, environment, ceiling, tokens, report);
      rebuildAndTimeTravel(options, work, environment, jdbcUrl, ceiling, tokens, report);
    }
    return report;
  }

  private static void defaultRun(Options options, Path work, Report report) throws Exception {
    try (AppProcess defaultRun =
        AppProcess.start(
            options,
            work.resolve("default-run.log"),
            Map.of("TRACKER_DATA_DIR", work.resolve("default-data").toString()))) {
      report.add("Default run: start-up to ready", defaultRun.startup.toMillis(), "ms", null, null);
      report.add(
          "Default run: resident memory when ready", defaultRun.residentMiB(), "MiB", null, null);
    }
  }

  private static void writePath(
      Options options,
      Path work,
      Map<String, String> environment,
      Ceiling ceiling,
      Tokens tokens,
      Report report)
      throws Exception {
    int maxClients = options.concurrency().stream().max(Integer::compare).orElse(1);
    try (AppProcess app = AppProcess.start(options, work.resolve("app.log"), environment);
        WriteLoad load = new WriteLoad(app.baseUrl(), tokens, maxClients)) {
      load.seed(options.measures());
      for (int clients : options.concurrency()) {
        Ceiling.Inserts raw = ceiling.inserts(clients, options.phase());
        WriteLoad.Phase phase = load.run(clients, options.measures(), options.phase());
        String label = "Write path, " + clients + (clients == 1 ? " client" : " clients");
        report.add(
            label + ": commands/s", phase.perSecond(), "1/s", raw.perSecond(), "≥ 0.5 of ceiling");
        for (int percentile : List.of(50, 95, 99)) {
          report.add(
              label + ": latency p" + percentile,
              phase.latencies().percentileMillis(percentile),
              "ms",
              raw.latencies().percentileMillis(percentile),
              null);
        }
        report.add(label + ": rejected answers", phase.errors(), "count", null, "0");
        report.add(
            label + ": projection lag p50", phase.lag().percentileMillis(50), "ms", null, null);
        report.add(
            label + ": projection lag p99",
            phase.lag().percentileMillis(99),
            "ms",
            null,
            "< 200 ms");
      }
    }
  }

  private static void rebuildAndTimeTravel(
      Options options,
      Path work,
      Map<String, String> environment,
      String jdbcUrl,
      Ceiling ceiling,
      Tokens tokens,
      Report report)
      throws Exception {
    int largest = options.events().get(options.events().size() - 1);
    HistoryGenerator history = new HistoryGenerator(jdbcUrl, largest);
    for (int size : options.events()) {
      history.growTo(size);
      history.resetReadSide();
      String events = String.format(Locale.ROOT, "%,d", size);
      double sequentialRead = ceiling.sequentialReadRowsPerSecond();
      Replay.Watch replay = new Replay(jdbcUrl, history.projections()).watch();
      try (AppProcess app =
          AppProcess.start(options, work.resolve("app-" + size + ".log"), environment)) {
        double rate = replay.eventsPerSecond(Duration.ofMinutes(30));
        report.add(
            "Replay into an empty read side, all projections at once, "
                + events
                + " events: events/s",
            rate,
            "1/s",
            sequentialRead,
            "≥ 20,000/s");
        if (size == largest) {
          timeTravel(app, tokens, events, report);
        }
        AdminRebuild.Result rebuild =
            new AdminRebuild(app.baseUrl(), office(tokens))
                .run(history.projections(), Duration.ofMinutes(60));
        report.add(
            "Rebuild beside the live tables (admin API), all projections, "
                + events
                + " events: events/s",
            rebuild.eventsPerSecond(),
            "1/s",
            sequentialRead,
            "≥ 20,000/s");
      }
    }
  }

  private static void timeTravel(AppProcess app, Tokens tokens, String events, Report report)
      throws Exception {
    TimeTravel timeTravel = new TimeTravel(app.baseUrl(), office(tokens));
    Map<String, Double> days = Map.of("early", 0.1, "middle", 0.5, "late", 0.9);
    for (String when : List.of("early", "middle", "late")) {
      LocalDate day = HistoryGenerator.dayAt(days.get(when));
      Latencies latencies = timeTravel.report(day, 5);
      String label = "As-of status report at " + events + " events, " + when + " (" + day + ")";
      report.add(
          label + (latencies.count() == 0 ? ": n/a (not implemented yet)" : ": median latency"),
          latencies.percentileMillis(50),
          "ms",
          null,
          "< 500 ms");
    }
  }

  private static String office(Tokens tokens) {
    return tokens.bearer("bench-office", List.of("STRATEGY_OFFICE"), List.of());
  }
}
