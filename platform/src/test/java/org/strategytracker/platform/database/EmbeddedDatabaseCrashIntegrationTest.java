package org.strategytracker.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery of the default run's database: a JVM killed with {@code kill -9} leaves its
 * PostgreSQL running, and the next start takes the folder over with all its data; a PostgreSQL
 * killed under the running application is started again by the watchdog, and writes succeed again
 * through the same pool without restarting the application.
 */
class EmbeddedDatabaseCrashIntegrationTest {

  @TempDir Path dataDirectory;

  @AfterEach
  void stopWhatAFailedTestLeftRunning() {
    Postmaster.of(dataDirectory.toAbsolutePath()).ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void startsOnTheFolderOfAKilledJvmWhoseServerStillRunsAndKeepsItsData() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(),
                dataDirectory.toString(),
                "vor dem Absturz")
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    boolean ready;
    try {
      ready =
          CompletableFuture.supplyAsync(() -> awaitReady(child, output)).get(3, TimeUnit.MINUTES);
    } finally {
      child.destroyForcibly().waitFor();
    }
    assertThat(ready).as("the child JVM started its database: %s", output).isTrue();
    assertThat(Postmaster.of(dataDirectory.toAbsolutePath()))
        .as("the killed JVM's PostgreSQL still runs")
        .isPresent();

    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory);
        HikariDataSource dataSource = dataSource(database)) {
      assertThat(notes(dataSource)).containsExactly("vor dem Absturz");
      insert(dataSource, "nach dem Neustart");
      assertThat(notes(dataSource)).containsExactly("vor dem Absturz", "nach dem Neustart");
    }
  }

  @Test
  void startsItsServerAgainWhenItDiesUnderTheRunningApplication() throws Exception {
    try (EmbeddedDatabase database =
            EmbeddedDatabase.persistent(dataDirectory, Duration.ofMillis(500));
        HikariDataSource dataSource = dataSource(database)) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE notes (note text)");
      }
      insert(dataSource, "vorher");
      ProcessHandle killed = Postmaster.of(dataDirectory.toAbsolutePath()).orElseThrow();

      killed.destroyForcibly();

      await()
          .atMost(Duration.ofSeconds(90))
          .ignoreExceptions()
          .until(
              () -> {
                insert(dataSource, "nachher");
                return true;
              });
      assertThat(notes(dataSource)).containsExactly("vorher", "nachher");
      assertThat(database.restarts()).isEqualTo(1);
      assertThat(Postmaster.of(dataDirectory.toAbsolutePath()))
          .hasValueSatisfying(
              postmaster -> assertThat(postmaster.pid()).isNotEqualTo(killed.pid()));
    }
  }

  private static boolean awaitReady(Process child, List<String> output) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        output.add(line);
        if (line.equals(EmbeddedDatabaseProcess.READY)) {
          return true;
        }
      }
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static HikariDataSource dataSource(EmbeddedDatabase database) {
    return (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(database);
  }

  private static void insert(DataSource dataSource, String note) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO notes VALUES (?)")) {
      insert.setString(1, note);
      insert.executeUpdate();
    }
  }

  private static List<String> notes(DataSource dataSource) throws SQLException {
    List<String> notes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT note FROM notes ORDER BY ctid")) {
      while (rs.next()) {
        notes.add(rs.getString(1));
      }
    }
    return notes;
  }
}
