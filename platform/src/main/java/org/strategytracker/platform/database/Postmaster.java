package org.strategytracker.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data folder, as its {@code postmaster.pid} names it.
 *
 * <p>A JVM killed with {@code kill -9} leaves its embedded PostgreSQL running (it runs detached
 * from the JVM), and a killed PostgreSQL leaves its {@code postmaster.pid} behind; either way the
 * next start would fail with "lock file postmaster.pid already exists". Before a server is started
 * on the folder, an orphaned server is stopped cleanly (fast shutdown: open transactions roll back,
 * committed ones are on disk) and a pid file whose process is gone is removed.
 */
final class Postmaster {

  static final String PID_FILE = "postmaster.pid";
  private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

  private Postmaster() {}

  /**
   * The live PostgreSQL process the folder's pid file names. A process that is gone, a zombie, or
   * an unrelated process that got the same id does not count.
   */
  static Optional<ProcessHandle> of(Path dataDirectory) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDirectory.resolve(PID_FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the pid file in " + dataDirectory, e);
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    try {
      return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
          .filter(ProcessHandle::isAlive)
          .filter(process -> servesFolder(process, dataDirectory));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static boolean isRunning(ProcessHandle postmaster, Path dataDirectory) {
    return postmaster.isAlive() && servesFolder(postmaster, dataDirectory);
  }

  /** Stops a server left running by an earlier run and removes a stale pid file. */
  static void takeOver(Path dataDirectory, Duration timeout) {
    Optional<ProcessHandle> orphan = of(dataDirectory);
    if (orphan.isPresent()) {
      log.warn(
          "PostgreSQL (PID {}) left behind by an earlier run still serves {}; stopping it",
          orphan.get().pid(),
          dataDirectory);
      stop(orphan.get(), dataDirectory, timeout);
    }
    removeStalePidFile(dataDirectory);
  }

  /**
   * Removes the pid file when the process it names is no longer this folder's server, and the dead
   * server's socket lock (in the socket directory, named after the port): a killed server's process
   * may linger as a zombie, which PostgreSQL would take for a server still running.
   */
  static void removeStalePidFile(Path dataDirectory) {
    Path file = dataDirectory.resolve(PID_FILE);
    if (!Files.exists(file) || of(dataDirectory).isPresent()) {
      return;
    }
    log.warn("{} names a PostgreSQL that is no longer running; removing it", file);
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() >= 5 && !lines.get(4).isBlank()) {
        Path socket = Path.of(lines.get(4).strip(), ".s.PGSQL." + lines.get(3).strip());
        Path socketLock = socket.resolveSibling(socket.getFileName() + ".lock");
        if (Files.exists(socketLock)
            && Files.readAllLines(socketLock, StandardCharsets.UTF_8).stream()
                .findFirst()
                .map(pid -> pid.strip().equals(lines.get(0).strip()))
                .orElse(false)) {
          Files.deleteIfExists(socketLock);
          Files.deleteIfExists(socket);
        }
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove " + file, e);
    }
  }

  private static void stop(ProcessHandle postmaster, Path dataDirectory, Duration timeout) {
    Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
    if (Files.isExecutable(pgCtl)) {
      try {
        Process process =
            new ProcessBuilder(
                    pgCtl.toString(),
                    "-D",
                    dataDirectory.toString(),
                    "stop",
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    Long.toString(timeout.toSeconds()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        log.info("pg_ctl stop: {} (exit {})", output.strip(), process.waitFor());
      } catch (IOException e) {
        log.warn("pg_ctl stop failed; terminating PostgreSQL (PID {})", postmaster.pid(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
      }
    }
    if (isRunning(postmaster, dataDirectory)) {
      postmaster.destroy();
      awaitGone(postmaster, dataDirectory, timeout);
    }
    if (isRunning(postmaster, dataDirectory)) {
      throw new IllegalStateException(
          "PostgreSQL (PID " + postmaster.pid() + ") on " + dataDirectory + " does not stop");
    }
  }

  private static void awaitGone(ProcessHandle postmaster, Path dataDirectory, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isRunning(postmaster, dataDirectory) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * A zombie has no command; an unrelated process with a reused id is no postgres on this folder.
   */
  private static boolean servesFolder(ProcessHandle process, Path dataDirectory) {
    ProcessHandle.Info info = process.info();
    Optional<String> command = info.command();
    if (command.isEmpty()
        || !Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
      return false;
    }
    return info.arguments()
        .map(arguments -> Arrays.stream(arguments).anyMatch(a -> sameFolder(a, dataDirectory)))
        .orElse(true);
  }

  private static boolean sameFolder(String argument, Path dataDirectory) {
    try {
      return Path.of(argument).toAbsolutePath().normalize().equals(dataDirectory.normalize());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
