package org.strategytracker.query.support;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.platform.database.SchemaMigration;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.Savepoint;

/**
 * A fresh embedded PostgreSQL database with the read models' tables, without Spring or Axon, for
 * tests that drive a projection with events directly.
 */
public final class ReadModelDatabase {

  private final DataSource dataSource;

  private ReadModelDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static ReadModelDatabase create() {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(EmbeddedDatabase.ephemeral().jdbcUrl());
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(4);
    SchemaMigration.forModule(dataSource, "query").migrate();
    return new ReadModelDatabase(dataSource);
  }

  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  /** Writes at once, as there is no processor's unit of work to batch them in. */
  public BatchedWrites writes() {
    return new BatchedWrites(
        new JdbcTemplate(dataSource), new Savepoint(new DataSourceTransactionManager(dataSource)));
  }
}
