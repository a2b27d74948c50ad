package org.strategytracker.query.history;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.ProjectionTables;

/** The audit history's handler on the live tables, and how a rebuild builds it anew. */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

  @Bean
  HistoryProjection historyProjection(JdbcClient jdbc, BatchedWrites writes) {
    return new HistoryProjection(jdbc, ProjectionTables.live(jdbc, HistoryProjection.NAME), writes);
  }

  @Bean
  ProjectionDefinition historyDefinition(JdbcClient jdbc, BatchedWrites writes) {
    return new ProjectionDefinition(
        HistoryProjection.NAME,
        HistoryProjection.TABLES,
        tables -> List.of(new HistoryProjection(jdbc, tables, writes)),
        Map.of("history_entry", List.of()));
  }
}
