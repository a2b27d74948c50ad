package org.strategytracker.query.timetravel;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.ProjectionTables;

/** The timeline's handler on the live tables, and how a rebuild builds it anew. */
@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

  @Bean
  TimelineProjection timelineProjection(JdbcClient jdbc, BatchedWrites writes, CityToday today) {
    return new TimelineProjection(
        jdbc, ProjectionTables.live(jdbc, TimelineProjection.NAME), writes, today.zone());
  }

  @Bean
  ProjectionDefinition timelineDefinition(JdbcClient jdbc, BatchedWrites writes, CityToday today) {
    return new ProjectionDefinition(
        TimelineProjection.NAME,
        TimelineProjection.TABLES,
        tables -> List.of(new TimelineProjection(jdbc, tables, writes, today.zone())));
  }
}
