package org.strategytracker.platform.axon;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Opts out of Axon's anonymous usage reporting before Axon starts.
 *
 * <p>Axon's update checker would call an outside server at start and write {@code ~/.axoniq/}; a
 * city's system must not phone home. Setting {@code AXONIQ_UPDATE_CHECKER_DISABLED=false} in the
 * environment is the only way to turn it back on.
 */
public class UsageReportingOptOut implements EnvironmentPostProcessor {

  public static final String PROPERTY = "axoniq.update-checker.disabled";

  /** Call first thing in every {@code main}, before Spring and Axon start. */
  public static void apply() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "true");
    }
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    apply();
  }
}
