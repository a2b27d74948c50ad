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

  void add(String figure, double value, String unit, Double ceiling, String target) {
    String ratio = ceiling == null || ceiling == 0 ? "" : String.format(Locale.ROOT, "%.2f", value / ceiling);
    rows.add(new String[] {figure, format(value), unit, ceiling == null ? "" : format(ceiling), ratio, target == null ? "" : target});
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

  void writeMarkdown(Path file, String command) throws IOException {
    String machine = Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MiB max heap of the benchmark JVM, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
    String text = "# Benchmark results\n\n"
        + "- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
        + "- Machine: " + machine + "\n"
        + "- Command: `" + command + "`\n\n"
        + "Ratios compare a figure with the ceiling of the same PostgreSQL measured in the same run "
        + "(single-row insert transactions of event-sized rows over JDBC at the same concurrency; ordered sequential read of the event table).\n\n"
        + table() + "\n";
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
    return Double.isNaN(value) ? "n/a" : value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
