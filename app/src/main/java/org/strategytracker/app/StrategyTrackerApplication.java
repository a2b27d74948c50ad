package org.strategytracker.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.strategytracker.command.CommandServiceApplication;
import org.strategytracker.platform.axon.UsageReportingOptOut;
import org.strategytracker.query.QueryServiceApplication;

/**
 * The default run: the command service and the query service in one JVM, on an embedded PostgreSQL
 * that keeps its data in {@code data/postgres} (or on the database named by {@code
 * SPRING_DATASOURCE_URL}). One process, one port, nothing to install.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
    basePackages = {
      "org.strategytracker.command",
      "org.strategytracker.query",
      "org.strategytracker.app"
    },
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.ASSIGNABLE_TYPE,
            classes = {CommandServiceApplication.class, QueryServiceApplication.class}))
public class StrategyTrackerApplication {

  public static void main(String[] args) {
    UsageReportingOptOut.apply();
    SpringApplication.run(StrategyTrackerApplication.class, args);
  }
}
