package org.strategytracker.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running embedded PostgreSQL 17 and the database the application uses on it.
 *
 * <p>Persistent: the server keeps its files in a folder and is stopped with the application. It
 * commits synchronously (the embedded binaries' default is asynchronous), so an answered command
 * survives a crash. Ephemeral: one server per JVM, shared by all application contexts of a test
 * run, each of which gets a database of its own.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres sharedServer;

  private final EmbeddedPostgres server;
  private final String databaseName;
  private final boolean ownsServer;

  private EmbeddedDatabase(EmbeddedPostgres server, String databaseName, boolean ownsServer) {
    this.server = server;
    this.databaseName = databaseName;
    this.ownsServer = ownsServer;
  }

  public static EmbeddedDatabase persistent(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory.toAbsolutePath())
              .setCleanDataDirectory(false)
              .setServerConfig("synchronous_commit", "on")
              .start();
      return new EmbeddedDatabase(server, "postgres", true);
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
    return new EmbeddedDatabase(server, name, false);
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

  public String jdbcUrl() {
    return server.getJdbcUrl("postgres", databaseName);
  }

  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    if (ownsServer) {
      closeQuietly(server);
    }
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // the server is going away with the JVM or the application; nothing is left to do
    }
  }
}
