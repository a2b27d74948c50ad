package org.strategytracker.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no database URL is configured.
 *
 * @param dataDirectory where the database keeps its files between restarts
 * @param ephemeral one throw-away server per JVM and a fresh database per application context
 *     (tests)
 * @param watchdogInterval how often the default run checks that its PostgreSQL still runs, and
 *     starts it again when it does not
 */
@ConfigurationProperties("tracker.database.embedded")
public record EmbeddedDatabaseProperties(
    Path dataDirectory, boolean ephemeral, Duration watchdogInterval) {

  public EmbeddedDatabaseProperties {
    if (dataDirectory == null) {
      dataDirectory = Path.of("data", "postgres");
    }
    if (watchdogInterval == null) {
      watchdogInterval = EmbeddedDatabase.DEFAULT_WATCHDOG_INTERVAL;
    }
  }
}
