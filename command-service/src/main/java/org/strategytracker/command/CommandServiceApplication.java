package org.strategytracker.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.strategytracker.platform.axon.UsageReportingOptOut;

/** Runs the command service alone, for deployments that separate the two sides. */
@SpringBootApplication
public class CommandServiceApplication {

  public static void main(String[] args) {
    UsageReportingOptOut.apply();
    SpringApplication.run(CommandServiceApplication.class, args);
  }
}
