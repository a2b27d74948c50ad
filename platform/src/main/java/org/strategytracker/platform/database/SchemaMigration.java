package org.strategytracker.platform.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway migrations of one module: its scripts under {@code db/<module>} and its own history table.
 *
 * <p>Each module owns its tables (the event store, the command side's idempotency records, the read
 * models) so that the services can be deployed apart on one database and together in one JVM.
 * Declare the result as a bean with {@code initMethod = "migrate"}.
 */
public final class SchemaMigration {

  private SchemaMigration() {}

  public static Flyway forModule(DataSource dataSource, String module) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/" + module)
        .table("flyway_history_" + module.replace('-', '_'))
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
