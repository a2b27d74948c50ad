package org.strategytracker.query.operations;

import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --tracker.rebuild=portfolio,history} rebuilds those projections beside the live tables and
 * returns when they are live; the application then exits (see {@code QueryServiceApplication}).
 * Other instances keep serving the API meanwhile.
 */
@Component
@ConditionalOnProperty("tracker.rebuild")
class RebuildCommandLine implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RebuildCommandLine.class);

  private final ProjectionRebuilds rebuilds;
  private final String projections;
  private final Duration timeout;

  RebuildCommandLine(
      ProjectionRebuilds rebuilds,
      @Value("${tracker.rebuild}") String projections,
      @Value("${tracker.query.rebuild.timeout:30m}") Duration timeout) {
    this.rebuilds = rebuilds;
    this.projections = projections;
    this.timeout = timeout;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String name :
        Arrays.stream(projections.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList()) {
      RebuildStatus status = rebuilds.rebuildAndWait(name, timeout);
      log.info(
          "Rebuild of {}: {} (generation {}, {} events)",
          name,
          status.state(),
          status.generation(),
          status.position());
      if (!"DONE".equals(status.state())) {
        throw new IllegalStateException(
            "rebuild of " + name + " ended " + status.state() + ": " + status.message());
      }
    }
  }
}
