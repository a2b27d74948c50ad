package org.strategytracker.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full rebuild of every projection, timed: the read side was reset while the application was
 * stopped, so once it runs, its processors replay the event store from the first event. The rate is
 * taken from the moment every processor holds a token to the moment the slowest has reached the
 * head, over the events processed in between; the application's start-up is not part of it.
 */
final class Replay {

  private static final Pattern POSITION =
      Pattern.compile("\"(?:index|globalIndex)\"\\s*:\\s*(\\d+)");

  private final String jdbcUrl;
  private final List<String> processors;

  Replay(String jdbcUrl, List<String> processors) {
    this.jdbcUrl = jdbcUrl;
    this.processors = processors;
  }

  /**
   * Watches the processors from the start of the application on, in the background: the first
   * moment every processor holds a token is the start of the replay, the moment the slowest has
   * reached the head its end.
   */
  Watch watch() throws SQLException {
    long head = head();
    long launched = System.nanoTime();
    java.util.concurrent.CompletableFuture<Double> rate =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              // one connection for the whole watch: a new one every 20 ms cost the database a
              // process start each time, beside the replay being measured
              try (Connection connection = connect()) {
                long started = launched;
                long from = 0;
                boolean running = false;
                long position = slowest(connection);
                while (position < head) {
                  if (!running && position >= 0) {
                    running = true;
                    started = System.nanoTime();
                    from = position;
                  }
                  LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                  position = slowest(connection);
                }
                long finished = System.nanoTime();
                // caught up between two looks: count from the launch instead, which can only
                // understate the rate
                return running && finished > started && head > from
                    ? (head - from) / ((finished - started) / 1e9)
                    : head / ((finished - launched) / 1e9);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    return timeout -> rate.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A replay being watched. */
  interface Watch {
    /** Events per second of the replay, once the slowest processor has reached the head. */
    double eventsPerSecond(Duration timeout) throws Exception;
  }

  private long head() throws SQLException {
    try (Connection connection = connect();
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The position of the segment furthest behind over all processors; -1 while one has no token yet.
   */
  private long slowest(Connection connection) throws SQLException {
    long slowest = Long.MAX_VALUE;
    try (PreparedStatement tokens =
        connection.prepareStatement("SELECT token FROM token_entry WHERE processor_name = ?")) {
      for (String processor : processors) {
        tokens.setString(1, processor);
        boolean any = false;
        try (ResultSet rs = tokens.executeQuery()) {
          while (rs.next()) {
            any = true;
            byte[] token = rs.getBytes(1);
            slowest =
                Math.min(
                    slowest,
                    position(token == null ? "" : new String(token, StandardCharsets.UTF_8)));
          }
        }
        if (!any) {
          return -1;
        }
      }
    }
    return slowest;
  }

  /**
   * The position a stored token has reached; -1 if it holds none. A processor starting without a
   * token holds a replay token, whose first position is the head at the reset ({@code
   * tokenAtReset}): the position reached is its {@code currentToken}'s, 0 while that is empty.
   */
  static long position(String token) {
    int current = token.indexOf("\"currentToken\"");
    if (current < 0) {
      Matcher position = POSITION.matcher(token);
      return position.find() ? Long.parseLong(position.group(1)) : -1;
    }
    String reached = token.substring(current + "\"currentToken\"".length()).stripLeading();
    if (reached.startsWith(":")) {
      reached = reached.substring(1).stripLeading();
    }
    if (reached.startsWith("null")) {
      return 0;
    }
    Matcher position = POSITION.matcher(reached);
    return position.find() ? Long.parseLong(position.group(1)) : -1;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "postgres", "");
  }
}
