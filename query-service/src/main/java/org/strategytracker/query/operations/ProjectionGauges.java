package org.strategytracker.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.events.measure.Status;
import org.strategytracker.query.projection.ProjectionDefinition;

/**
 * Gauges for Prometheus: how far each projection's processor is behind the event store (events and
 * seconds, counted from its slowest segment) and how many measures there are by status and
 * priority. Read from the database when scraped, so every instance reports the same figures.
 */
@Component
class ProjectionGauges implements MeterBinder {

  private final TokenPositions tokens;
  private final JdbcClient jdbc;
  private final List<String> processors;

  ProjectionGauges(TokenPositions tokens, JdbcClient jdbc, List<ProjectionDefinition> projections) {
    this.tokens = tokens;
    this.jdbc = jdbc;
    this.processors = projections.stream().map(ProjectionDefinition::name).sorted().toList();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String processor : processors) {
      Gauge.builder("tracker.projection.lag.events", () -> eventsBehind(processor))
          .tag("processor", processor)
          .description("Ereignisse, die die Projektion noch nicht verarbeitet hat")
          .register(registry);
      Gauge.builder("tracker.projection.lag.seconds", () -> secondsBehind(processor))
          .tag("processor", processor)
          .description("Alter des ältesten noch nicht verarbeiteten Ereignisses")
          .baseUnit("seconds")
          .register(registry);
    }
    for (Status status : Status.values()) {
      for (int priority = 1; priority <= 3; priority++) {
        String key = status.name() + "/" + priority;
        Gauge.builder("tracker.measures", () -> measures().getOrDefault(key, 0L))
            .tag("status", status.name())
            .tag("priority", Integer.toString(priority))
            .description("Maßnahmen nach Status und Priorität")
            .register(registry);
      }
    }
  }

  long eventsBehind(String processor) {
    return Math.max(0, tokens.head() - tokens.lowest(processor).orElse(-1));
  }

  double secondsBehind(String processor) {
    long position = tokens.lowest(processor).orElse(-1);
    return tokens
        .firstEventAfter(position)
        .map(first -> Math.max(0, Duration.between(first, Instant.now()).toMillis() / 1000.0))
        .orElse(0.0);
  }

  private Map<String, Long> measures() {
    return jdbc
        .sql("SELECT status, priority, count(*) FROM portfolio_measure GROUP BY status, priority")
        .query((rs, n) -> Map.entry(rs.getString(1) + "/" + rs.getInt(2), rs.getLong(3)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
