package org.strategytracker.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seconds-long version of the benchmark, so the harness keeps working; it asserts no figure. */
class BenchmarkSmokeTest {

  @Test
  void theHarnessRunsEndToEndAndPrintsItsTable() throws Exception {
    Options options = Options.parse("--smoke", "--jar=" + Path.of("..", "app", "target", "strategy-tracker.jar"));
    String table = Benchmark.run(options).table();
    System.out.println(table);
    assertThat(table).contains("Write path, 1 client: commands/s").contains("Ceiling: sequential read").contains("Default run: start-up");
    assertThat(table).doesNotContain("| n/a");
  }
}
