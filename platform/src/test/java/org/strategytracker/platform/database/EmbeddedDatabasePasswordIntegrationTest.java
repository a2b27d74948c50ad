package org.strategytracker.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run's PostgreSQL lets nobody in without the password from its data folder: not over
 * TCP, not over the socket file, not with a wrong password; a folder from before passwords is
 * upgraded on start and keeps its data.
 */
class EmbeddedDatabasePasswordIntegrationTest {

  @TempDir Path dataDirectory;

  @Test
  void refusesConnectionsWithoutThePasswordFromTheDataFolder() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory)) {
      String stored = Files.readString(dataDirectory.resolve("tracker-db-password")).strip();

      assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (Connection connection =
          DriverManager.getConnection(database.jdbcUrl(), "postgres", stored)) {
        assertThat(connection.isValid(5)).isTrue();
      }
      assertThat(database.password()).isEqualTo(stored);
      assertThat(stored).hasSizeGreaterThanOrEqualTo(43);
    }
  }

  @Test
  void demandsThePasswordForEveryKindOfConnection() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory)) {
      List<String> rules = new ArrayList<>();
      try (Connection connection =
              DriverManager.getConnection(
                  database.jdbcUrl(), database.username(), database.password());
          Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "SELECT type, auth_method, error FROM pg_hba_file_rules ORDER BY rule_number")) {
        while (rs.next()) {
          rules.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        }
      }
      assertThat(rules)
          .as("the rules the server reads")
          .isNotEmpty()
          .allSatisfy(rule -> assertThat(rule).endsWith(" scram-sha-256 null"))
          .anySatisfy(rule -> assertThat(rule).startsWith("local "))
          .anySatisfy(rule -> assertThat(rule).startsWith("host "));
      assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
    }
  }

  @Test
  void keepsThePasswordInAFileOnlyItsOwnerMayRead() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory)) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dataDirectory.resolve("tracker-db-password"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void usesTheSamePasswordAfterARestart() {
    String first;
    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory)) {
      first = database.password();
    }
    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory)) {
      assertThat(database.password()).isEqualTo(first);
      assertThat(count(database, "SELECT 1")).isEqualTo(1);
    }
  }

  @Test
  void upgradesADataFolderFromBeforePasswordsAndKeepsItsRows() throws Exception {
    try (EmbeddedPostgres before =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        Connection connection =
            DriverManager.getConnection(before.getJdbcUrl("postgres", "postgres"), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE kept (note text)");
      statement.execute("INSERT INTO kept VALUES ('eins'), ('zwei')");
    }
    assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf")))
        .as("the old layout")
        .contains("trust");

    try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory)) {
      assertThat(count(database, "SELECT note FROM kept")).isEqualTo(2);
      assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class);
      assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
      assertThat(database.password())
          .isEqualTo(Files.readString(dataDirectory.resolve("tracker-db-password")).strip());
    }
  }

  static int count(EmbeddedDatabase database, String query) {
    try (Connection connection =
            DriverManager.getConnection(
                database.jdbcUrl(), database.username(), database.password());
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(query)) {
      int rows = 0;
      while (rs.next()) {
        rows++;
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
