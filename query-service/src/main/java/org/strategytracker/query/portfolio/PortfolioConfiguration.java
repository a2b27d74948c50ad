package org.strategytracker.query.portfolio;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.ProjectionTables;

/** The portfolio projection's handlers on the live tables, and how a rebuild builds them anew. */
@Configuration(proxyBeanMethods = false)
class PortfolioConfiguration {

  static final List<String> TABLES =
      List.of("portfolio_measure", "portfolio_milestone", "portfolio_kpi", "portfolio_kpi_value");

  @Bean
  VersionSignal portfolioVersionSignal() {
    return new VersionSignal();
  }

  @Bean
  PortfolioProjection portfolioProjection(
      JdbcClient jdbc, BatchedWrites writes, VersionSignal signal) {
    return new PortfolioProjection(
        new PortfolioRows(jdbc, writes),
        ProjectionTables.live(jdbc, PortfolioProjection.NAME),
        signal);
  }

  @Bean
  PortfolioPlanProjection portfolioPlanProjection(
      JdbcClient jdbc, BatchedWrites writes, VersionSignal signal) {
    return new PortfolioPlanProjection(
        new PortfolioRows(jdbc, writes),
        ProjectionTables.live(jdbc, PortfolioProjection.NAME),
        signal);
  }

  @Bean
  ProjectionDefinition portfolioDefinition(JdbcClient jdbc, BatchedWrites writes) {
    PortfolioRows rows = new PortfolioRows(jdbc, writes);
    return new ProjectionDefinition(
        PortfolioProjection.NAME,
        TABLES,
        tables ->
            List.of(
                new PortfolioProjection(rows, tables, VersionSignal.NONE),
                new PortfolioPlanProjection(rows, tables, VersionSignal.NONE)),
        Map.of("portfolio_measure", List.of()));
  }
}
