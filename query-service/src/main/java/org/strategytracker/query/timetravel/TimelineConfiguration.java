package org.strategytracker.query.timetravel;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.ProjectionTables;

/**
 * The timeline's handler on the live tables, and how a rebuild builds it anew. A rebuild keeps the
 * indexes the handler's own statements probe (the slips so far of a milestone, the KPI value a
 * correction supersedes) and builds the others when the tables are full.
 */
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
        tables -> List.of(new TimelineProjection(jdbc, tables, writes, today.zone())),
        Map.of(
            "timeline_fact", List.of("(measure_id, kind, item_id, global_index)"),
            "timeline_kpi_value", List.of("(measure_id, value_id) WHERE"),
            "timeline_position", List.of()));
  }
}
