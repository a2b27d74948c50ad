package org.strategytracker.command;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategytracker.platform.database.SchemaMigration;

/** Migrates the command side's own tables (idempotency records). */
@Configuration(proxyBeanMethods = false)
class CommandSchemaConfiguration {

  @Bean(initMethod = "migrate")
  Flyway commandSchema(DataSource dataSource) {
    return SchemaMigration.forModule(dataSource, "command");
  }
}
