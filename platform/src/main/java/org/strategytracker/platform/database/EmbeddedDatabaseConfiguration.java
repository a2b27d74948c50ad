package org.strategytracker.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * A real PostgreSQL, started from the embedded binaries, for the default run and the tests.
 *
 * <p>It applies only when no {@code spring.datasource.url} is configured: given a database URL
 * (environment {@code SPRING_DATASOURCE_URL}), the application uses that database instead. The
 * persistent server's password comes from its data folder ({@link DatabasePassword}).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(NoDatabaseUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  public EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
    return properties.ephemeral()
        ? EmbeddedDatabase.ephemeral()
        : EmbeddedDatabase.persistent(properties.dataDirectory(), properties.watchdogInterval());
  }

  @Bean
  public DataSource dataSource(EmbeddedDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.jdbcUrl());
    dataSource.setUsername(database.username());
    dataSource.setPassword(database.password());
    dataSource.setPoolName("embedded-postgres");
    dataSource.setMaximumPoolSize(20);
    dataSource.setConnectionTimeout(3000);
    return dataSource;
  }

  /** Counts the watchdog's restarts, so that a dashboard shows a database that keeps dying. */
  @Bean
  public MeterBinder embeddedDatabaseRestarts(EmbeddedDatabase database) {
    return registry ->
        FunctionCounter.builder(
                "tracker.database.embedded.restarts", database, EmbeddedDatabase::restarts)
            .description("times the embedded PostgreSQL was started again after it had died")
            .register(registry);
  }

  static UncheckedIOException startFailure(IOException cause) {
    return new UncheckedIOException("embedded PostgreSQL could not be started", cause);
  }
}
