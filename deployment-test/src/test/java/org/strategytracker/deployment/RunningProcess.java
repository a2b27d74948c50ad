package org.strategytracker.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the deployment as an operating-system process, its output in a log file under target/
 * so that a failed CI run can be read afterwards. Stopping ends the process and whatever it
 * started, politely first.
 */
final class RunningProcess implements AutoCloseable {

  final String name;
  final Path log;
  private final Process process;

  private RunningProcess(String name, Path log, Process process) {
    this.name = name;
    this.log = log;
    this.process = process;
  }

  /** Starts {@code command} with exactly {@code environment} (nothing of this JVM's leaks in). */
  static RunningProcess start(
      String name, List<String> command, Map<String, String> environment, Path directory, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    builder.environment().put("HOME", System.getProperty("user.home"));
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new RunningProcess(name, log, builder.start());
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Fails with the end of the log when the process has ended although it should still run. */
  void assertAlive() {
    if (!process.isAlive()) {
      throw new AssertionError(
          name + " ended with exit code " + process.exitValue() + ":\n" + tail(40));
    }
  }

  String tail(int lines) {
    try {
      if (!Files.exists(log)) {
        return "(no log)";
      }
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
