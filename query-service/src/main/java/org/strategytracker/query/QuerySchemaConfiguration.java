package org.strategytracker.query;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategytracker.platform.database.SchemaMigration;

/** Migrates the read models' tables ({@code db/query}). */
@Configuration(proxyBeanMethods = false)
class QuerySchemaConfiguration {

  @Bean(initMethod = "migrate")
  Flyway querySchema(DataSource dataSource) {
    return SchemaMigration.forModule(dataSource, "query");
  }
}
