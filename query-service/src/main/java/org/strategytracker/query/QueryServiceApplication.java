package org.strategytracker.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.strategytracker.platform.axon.UsageReportingOptOut;

/** Runs the query service alone, for deployments that separate the two sides. */
@SpringBootApplication
public class QueryServiceApplication {

  public static void main(String[] args) {
    UsageReportingOptOut.apply();
    SpringApplication.run(QueryServiceApplication.class, args);
  }
}
