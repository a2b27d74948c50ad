package org.strategytracker.query.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strategytracker.query.QueryServiceApplication;

/**
 * The query service in a JVM of its own, so that a test can kill it the hard way (SIGKILL: no
 * shutdown hooks, no released claims, transactions cut off mid-batch) and start another.
 */
public final class QueryServiceProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private QueryServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the service on the given database; its output goes to {@code target/<name>.log}. */
  public static QueryServiceProcess start(String name, String jdbcUrl, String... settings) {
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Ddisable-axoniq-console-message=true",
                "-cp",
                System.getProperty("java.class.path"),
                QueryServiceApplication.class.getName(),
                "--spring.datasource.url=" + jdbcUrl,
                "--server.port=" + port));
    command.addAll(List.of(settings));
    File output = Path.of("target", name + ".log").toFile();
    try {
      return new QueryServiceProcess(
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start(),
          port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public QueryApi api() {
    return new QueryApi(port);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, and waits until the process is gone. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
