package org.strategytracker.query.kpi;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.ProjectionTables;

/** The KPI series handler on the live tables, and how a rebuild builds it anew. */
@Configuration(proxyBeanMethods = false)
class KpiConfiguration {

  @Bean
  KpiSeriesProjection kpiSeriesProjection(JdbcClient jdbc, BatchedWrites writes) {
    return new KpiSeriesProjection(
        jdbc, ProjectionTables.live(jdbc, KpiSeriesProjection.NAME), writes);
  }

  @Bean
  ProjectionDefinition kpiDefinition(JdbcClient jdbc, BatchedWrites writes) {
    return new ProjectionDefinition(
        KpiSeriesProjection.NAME,
        KpiSeriesProjection.TABLES,
        tables -> List.of(new KpiSeriesProjection(jdbc, tables, writes)));
  }
}
