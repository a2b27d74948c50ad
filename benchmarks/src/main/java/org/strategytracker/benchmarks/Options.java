package org.strategytracker.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What to run. {@code --smoke} is the seconds-long version CI runs so the harness keeps working:
 * few measures, two-second phases and event stores of a few thousand events instead of a million.
 *
 * @param measures how many measures the write load spreads over
 * @param phase how long each load phase runs
 * @param concurrency the client counts to measure at
 * @param events the event store sizes to rebuild the projections at; time travel runs at the
 *     largest
 * @param jar the default run's jar
 * @param output where to write the markdown report, or {@code null}
 * @param jvmOptions options for the started application's JVM: none for measurements; the smoke run
 *     trades peak speed for a quicker start-up, as its figures are not quoted; {@code --app-jvm=}
 *     adds one, e.g. a flight recording to see where the time goes
 */
record Options(
    int measures,
    Duration phase,
    List<Integer> concurrency,
    List<Integer> events,
    Path jar,
    Path output,
    List<String> jvmOptions) {

  static Options parse(String... args) {
    int measures = 1000;
    Duration phase = Duration.ofSeconds(20);
    List<Integer> concurrency = List.of(1, 4, 16);
    List<Integer> events = List.of(100_000, 1_000_000);
    Path jar = Path.of("app/target/strategy-tracker.jar");
    Path output = null;
    List<String> jvmOptions = List.of();
    for (String arg : args) {
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
      if (arg.equals("--smoke")) {
        measures = 20;
        phase = Duration.ofSeconds(2);
        concurrency = List.of(1, 4);
        events = List.of(4_000);
        jvmOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
      } else if (arg.startsWith("--measures=")) {
        measures = Integer.parseInt(value);
      } else if (arg.startsWith("--seconds=")) {
        phase = Duration.ofSeconds(Long.parseLong(value));
      } else if (arg.startsWith("--concurrency=")) {
        concurrency = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
      } else if (arg.startsWith("--events=")) {
        events = Arrays.stream(value.split(",")).map(Integer::valueOf).sorted().toList();
      } else if (arg.startsWith("--jar=")) {
        jar = Path.of(value);
      } else if (arg.startsWith("--out=")) {
        output = Path.of(value);
      } else if (arg.startsWith("--app-jvm=")) {
        jvmOptions = Stream.concat(jvmOptions.stream(), Stream.of(value)).toList();
      } else {
        throw new IllegalArgumentException(
            "unknown option "
                + arg
                + " (use --smoke, --measures=N, --seconds=N, --concurrency=1,4,16, --events=100000,1000000, --jar=PATH, --out=FILE, --app-jvm=OPTION)");
      }
    }
    return new Options(measures, phase, concurrency, events, jar, output, jvmOptions);
  }

  Options withJar(Path copy) {
    return new Options(measures, phase, concurrency, events, copy, output, jvmOptions);
  }
}
