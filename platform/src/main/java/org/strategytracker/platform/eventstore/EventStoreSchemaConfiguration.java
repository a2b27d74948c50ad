package org.strategytracker.platform.eventstore;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.strategytracker.platform.database.SchemaMigration;

/** Migrates the event store, token and dead-letter tables before anything reads them. */
@AutoConfiguration(
    after = DataSourceAutoConfiguration.class,
    before = PostgresEventStoreConfiguration.class)
@ConditionalOnBean(DataSource.class)
public class EventStoreSchemaConfiguration {

  @Bean(initMethod = "migrate")
  public Flyway platformSchema(DataSource dataSource) {
    return SchemaMigration.forModule(dataSource, "platform");
  }
}
