package org.strategytracker.query;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategytracker.platform.axon.UsageReportingOptOut;

/**
 * Runs the query service alone, for deployments that separate the two sides. With {@code
 * --tracker.rebuild=<projection>[,...]} it rebuilds those projections without serving HTTP and
 * exits (0 when every rebuild is live).
 */
@SpringBootApplication
public class QueryServiceApplication {

  public static void main(String[] args) {
    UsageReportingOptOut.apply();
    SpringApplication application = new SpringApplication(QueryServiceApplication.class);
    boolean rebuild = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--tracker.rebuild="));
    if (rebuild) {
      application.setWebApplicationType(WebApplicationType.NONE);
    }
    ConfigurableApplicationContext context = application.run(args);
    if (rebuild) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
