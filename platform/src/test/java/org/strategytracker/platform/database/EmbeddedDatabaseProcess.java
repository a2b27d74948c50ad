package org.strategytracker.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The default run's database start in a JVM of its own, so that a test can kill that JVM with
 * {@code kill -9}: starts the embedded PostgreSQL on {@code args[0]}, stores the note {@code
 * args[1]}, prints {@code READY} and waits to be killed.
 */
public final class EmbeddedDatabaseProcess {

  static final String READY = "READY";

  private EmbeddedDatabaseProcess() {}

  public static void main(String[] args) throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.persistent(Path.of(args[0]));
    try (Connection connection =
            DriverManager.getConnection(
                database.jdbcUrl(), database.username(), database.password());
        Statement statement = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO notes VALUES (?)")) {
      statement.execute("CREATE TABLE IF NOT EXISTS notes (note text)");
      insert.setString(1, args[1]);
      insert.executeUpdate();
    }
    System.out.println(READY);
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
