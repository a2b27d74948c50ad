package org.strategytracker.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The default run's jar in its own process: started, waited for, measured, stopped. */
final class AppProcess implements AutoCloseable {

  private final Process process;
  final int port;
  final Duration startup;

  private AppProcess(Process process, int port, Duration startup) {
    this.process = process;
    this.port = port;
    this.startup = startup;
  }

  static AppProcess start(Options options, Path log, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path jar = options.jar();
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build it first with mvn -DskipTests package");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(options.jvmOptions());
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--tracker.catalogue.import-on-start=false"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
    long deadline = started + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped during start-up; see " + log);
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
          return new AppProcess(process, port, Duration.ofNanos(System.nanoTime() - started));
        }
      } catch (IOException notYetListening) {
        // the port opens late in start-up; ask again
      }
      process.waitFor(
          Duration.ofMillis(100).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the application did not become ready within 3 minutes; see " + log);
  }

  /** Resident memory of the process in MiB, from /proc. */
  long residentMiB() throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
