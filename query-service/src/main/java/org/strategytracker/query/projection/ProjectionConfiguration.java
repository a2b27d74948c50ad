package org.strategytracker.query.projection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** What all projections share. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

  @Bean
  Savepoint querySavepoint(PlatformTransactionManager transactionManager) {
    return new Savepoint(transactionManager);
  }

  @Bean
  BatchedWrites projectionWrites(JdbcTemplate jdbc, Savepoint savepoint) {
    return new BatchedWrites(jdbc, savepoint);
  }
}
