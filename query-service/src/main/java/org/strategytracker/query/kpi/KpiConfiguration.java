package org.strategytracker.query.kpi;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.ProjectionTables;
import org.strategytracker.query.projection.Savepoint;

/** The KPI series handler on the live tables, and how a rebuild builds it anew. */
@Configuration(proxyBeanMethods = false)
class KpiConfiguration {

  @Bean
  KpiSeriesProjection kpiSeriesProjection(JdbcClient jdbc, Savepoint savepoint) {
    return new KpiSeriesProjection(
        jdbc, ProjectionTables.live(jdbc, KpiSeriesProjection.NAME), savepoint);
  }

  @Bean
  ProjectionDefinition kpiDefinition(JdbcClient jdbc, Savepoint savepoint) {
    return new ProjectionDefinition(
        KpiSeriesProjection.NAME,
        KpiSeriesProjection.TABLES,
        tables -> List.of(new KpiSeriesProjection(jdbc, tables, savepoint)));
  }
}
