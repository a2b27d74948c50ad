package org.strategytracker.query.projection;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  /**
   * The live projections' processors commit without waiting for the disk ({@link RelaxedCommits}).
   */
  @Bean
  ConfigurerModule relaxedProjectionCommits(
      List<ProjectionDefinition> projections, JdbcClient jdbc) {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                projections.forEach(
                    projection ->
                        processing.registerTransactionManager(
                            projection.name(),
                            configuration ->
                                new RelaxedCommits(
                                    configuration.getComponent(TransactionManager.class), jdbc))));
  }
}
