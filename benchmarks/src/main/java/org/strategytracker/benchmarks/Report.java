package org.strategytracker.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table the benchmark prints, also written as markdown with date, machine and command. */
final class Report {

  private final List<String[]> rows = new ArrayList<>();
  private double highestLoad = load();
  private Path file;
  private String command;

  /**
   * Keeps the markdown file up to date after every figure, so an interrupted run leaves what it
   * measured.
   */
  void writeAsItGoes(Path file, String command) {
    this.file = file;
    this.command = command;
  }

  void add(String figure, double value, String unit, Double ceiling, String target) {
    String ratio =
        ceiling == null || ceiling == 0 || Double.isNaN(value)
            ? ""
            : String.format(Locale.ROOT, "%.2f", value / ceiling);
    rows.add(
        new String[] {
          figure,
          format(value),
          unit,
          ceiling == null ? "" : format(ceiling),
          ratio,
          target == null ? "" : target
        });
    highestLoad = Math.max(highestLoad, load());
    if (file != null) {
      try {
        write(false);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  void finish() throws IOException {
    if (file != null) {
      write(true);
    }
  }

  /** The machine's one-minute load average, from /proc/loadavg; NaN where there is none. */
  private static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  String table() {
    String[] header = {"Figure", "Value", "Unit", "Ceiling", "Ratio", "Target"};
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder table = new StringBuilder();
    line(table, header, widths);
    String[] rule = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(table, rule, widths);
    rows.forEach(row -> line(table, row, widths));
    return table.toString();
  }

  private void write(boolean complete) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    String machine =
        cores
            + " cores, "
            + (Runtime.getRuntime().maxMemory() / (1024 * 1024))
            + " MiB max heap of the benchmark JVM, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.version");
    // the load average counts the benchmark's own threads too (a replaying service keeps a dozen
    // runnable), so it cannot tell whether anything else ran: whoever runs it says so in the notes
    String busy =
        ", one-minute load average at most "
            + String.format(Locale.ROOT, "%.1f", highestLoad)
            + " on "
            + cores
            + " cores during the run (the benchmark's own processes included)";
    String text =
        "# Benchmark results\n\n"
            + (complete
                ? ""
                : "**Run in progress or interrupted: the table holds what was measured so far.**\n\n")
            + "- Date: "
            + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            + "\n"
            + "- Machine: "
            + machine
            + busy
            + "\n"
            + "- Command: `mvn -q -B -DskipTests package && "
            + command
            + "`\n\n"
            + "Ratios compare a figure with the ceiling of the same PostgreSQL measured in the same run with the same durability "
            + "(synchronous_commit=on): single-row insert transactions of event-sized rows over JDBC at the same concurrency (rate and "
            + "latency), and an ordered sequential read of the event table at that size (rebuild). A latency ratio above 1 is the "
            + "factor by which the system is slower than a bare insert.\n\n"
            + table()
            + "\n";
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
  }

  private static void line(StringBuilder table, String[] cells, int[] widths) {
    table.append('|');
    for (int i = 0; i < cells.length; i++) {
      table.append(' ').append(String.format("%-" + widths[i] + "s", cells[i])).append(" |");
    }
    table.append('\n');
  }

  private static String format(double value) {
    return Double.isNaN(value)
        ? "n/a"
        : value >= 100
            ? String.format(Locale.ROOT, "%,.0f", value)
            : String.format(Locale.ROOT, "%.2f", value);
  }
}
