package org.strategytracker.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running embedded PostgreSQL 17 and the database the application uses on it.
 *
 * <p>Persistent (the default run): the server keeps its files in a folder and is stopped with the
 * application. It commits synchronously (the embedded binaries' default is asynchronous), so an
 * answered command survives a crash. Every connection needs the superuser's password, which is
 * generated on the first start and kept in the folder ({@link DatabasePassword}). A server left
 * running by a killed JVM is stopped before the new one starts ({@link Postmaster}), and a watchdog
 * starts the server again on the same folder and port when it dies under the running application.
 *
 * <p>Ephemeral (tests): one throw-away server per JVM in a temporary folder, shared by all
 * application contexts of a test run, each of which gets a database of its own.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String SUPERUSER = "postgres";
  static final Duration DEFAULT_WATCHDOG_INTERVAL = Duration.ofSeconds(5);
  private static final String LOCK_FILE = "epg-lock";
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres sharedServer;

  private final Path dataDirectory;
  private final String databaseName;
  private final String password;
  private final int port;
  private final boolean ownsServer;
  private final AtomicInteger restarts = new AtomicInteger();
  private volatile EmbeddedPostgres server;
  private volatile ProcessHandle postmaster;
  private volatile boolean closed;
  private ScheduledExecutorService watchdog;

  private EmbeddedDatabase(
      Path dataDirectory,
      EmbeddedPostgres server,
      String databaseName,
      String password,
      boolean ownsServer) {
    this.dataDirectory = dataDirectory;
    this.server = server;
    this.databaseName = databaseName;
    this.password = password;
    this.port = server.getPort();
    this.ownsServer = ownsServer;
  }

  public static EmbeddedDatabase persistent(Path dataDirectory) {
    return persistent(dataDirectory, DEFAULT_WATCHDOG_INTERVAL);
  }

  /**
   * Starts the server on the folder (creating it on the first start) and watches it.
   *
   * @param watchdogInterval how often the watchdog checks that the server is still running
   */
  public static EmbeddedDatabase persistent(Path dataDirectory, Duration watchdogInterval) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
      ensureNoOtherApplicationUses(directory);
      Postmaster.takeOver(directory, STARTUP_WAIT);
      Optional<String> stored = DatabasePassword.read(directory);
      if (stored.isEmpty() && ClientAuthentication.requiresPassword(directory).orElse(false)) {
        throw new IllegalStateException(
            "the database in "
                + directory
                + " requires a password, but "
                + DatabasePassword.file(directory)
                + " is missing");
      }
      String password = stored.orElseGet(DatabasePassword::generate);
      EmbeddedPostgres server = start(directory, password, 0);
      if (!ClientAuthentication.requiresPassword(directory).orElse(false)) {
        server = requirePassword(server, directory, password, stored.isEmpty());
      }
      EmbeddedDatabase database =
          new EmbeddedDatabase(directory, server, SUPERUSER, password, true);
      database.watch(watchdogInterval);
      return database;
    } catch (IOException e) {
      throw EmbeddedDatabaseConfiguration.startFailure(e);
    }
  }

  public static EmbeddedDatabase ephemeral() {
    EmbeddedPostgres server = sharedServer();
    String name = "tracker_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return new EmbeddedDatabase(null, server, name, "", false);
  }

  private static synchronized EmbeddedPostgres sharedServer() {
    if (sharedServer == null) {
      try {
        sharedServer = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw EmbeddedDatabaseConfiguration.startFailure(e);
      }
      EmbeddedPostgres started = sharedServer;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
    }
    return sharedServer;
  }

  private static EmbeddedPostgres start(Path directory, String password, int port)
      throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("password_encryption", ClientAuthentication.METHOD)
            .setConnectConfig("password", password)
            .setPGStartupWait(STARTUP_WAIT);
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  /**
   * A new folder, or one from before passwords: the server still lets the superuser in without one,
   * so the password is set now, the rules are rewritten to demand it, and the server restarts on
   * them. The password file is written first; a crash in between repeats these steps with it.
   */
  private static EmbeddedPostgres requirePassword(
      EmbeddedPostgres server, Path directory, String password, boolean newPassword)
      throws IOException {
    log.warn(
        "the embedded PostgreSQL in {} lets local connections in without a password; setting one"
            + " (kept in {}) and requiring it",
        directory,
        DatabasePassword.file(directory));
    if (newPassword) {
      DatabasePassword.store(directory, password);
    }
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      connection
          .unwrap(PGConnection.class)
          .alterUserPassword(SUPERUSER, password.toCharArray(), ClientAuthentication.METHOD);
    } catch (SQLException e) {
      throw new IllegalStateException("could not set the database password", e);
    }
    ClientAuthentication.requirePassword(directory);
    int port = server.getPort();
    server.close();
    return start(directory, password, port);
  }

  /**
   * The embedded binaries lock the folder while a server of theirs runs on it; if another living
   * process holds that lock, its server must not be stopped as an orphan.
   */
  private static void ensureNoOtherApplicationUses(Path directory) throws IOException {
    Path lockFile = directory.resolve(LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "the database in " + directory + " is in use by another running application");
      }
    }
  }

  private void watch(Duration interval) {
    postmaster = Postmaster.of(dataDirectory).orElse(null);
    if (postmaster == null) {
      log.warn("the embedded PostgreSQL's process is not known; it is not watched");
      return;
    }
    watchdog =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "embedded-postgres-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    watchdog.scheduleWithFixedDelay(
        this::restartIfGone, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The watchdog's check: when the server has died under the running application (killed, crashed),
   * it is started again on the same folder and port, so the pool's next connection reaches it;
   * meanwhile the application answers 503. PostgreSQL recovers committed transactions from its
   * write-ahead log. A start that fails (the dead server's processes still hold its shared memory)
   * is tried again on the next check.
   */
  synchronized void restartIfGone() {
    if (closed || postmaster == null || Postmaster.isRunning(postmaster, dataDirectory)) {
      return;
    }
    log.error(
        "the embedded PostgreSQL on port {} ({}) is no longer running; starting it again",
        port,
        dataDirectory);
    try {
      Postmaster.takeOver(dataDirectory, STARTUP_WAIT);
      closeQuietly(server);
      // a start that failed keeps its lock on this file for good; a new file has a lock of its own
      Files.deleteIfExists(dataDirectory.resolve(LOCK_FILE));
      server = start(dataDirectory, password, port);
      postmaster = Postmaster.of(dataDirectory).orElse(null);
      restarts.incrementAndGet();
      if (postmaster == null) {
        log.warn("the embedded PostgreSQL's new process is not known; it is no longer watched");
      }
      log.warn("the embedded PostgreSQL runs again on port {} ({})", port, dataDirectory);
    } catch (IOException | RuntimeException e) {
      log.error("could not start the embedded PostgreSQL again; trying again shortly", e);
    }
  }

  public String jdbcUrl() {
    return server.getJdbcUrl(SUPERUSER, databaseName);
  }

  public String username() {
    return SUPERUSER;
  }

  /** The superuser's password; empty for the ephemeral test server, which needs none. */
  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** How often the watchdog has started the server again since the application started. */
  public int restarts() {
    return restarts.get();
  }

  @Override
  public void close() {
    if (!ownsServer) {
      return;
    }
    synchronized (this) {
      closed = true;
    }
    if (watchdog != null) {
      watchdog.shutdownNow();
    }
    closeQuietly(server);
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // the server is going away with the JVM or the application; nothing is left to do
    }
  }
}
