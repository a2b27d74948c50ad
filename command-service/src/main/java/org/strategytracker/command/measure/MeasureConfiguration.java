package org.strategytracker.command.measure;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategytracker.platform.axon.LruCache;

/** Wiring of the Measure aggregate: cache, snapshots, version checks and the city's calendar. */
@Configuration(proxyBeanMethods = false)
class MeasureConfiguration {

  /** A measure's stream grows for years; a snapshot every N events keeps loading it cheap. */
  @Bean
  SnapshotTriggerDefinition measureSnapshotTrigger(
      Snapshotter snapshotter, @Value("${tracker.measure.snapshot-threshold:50}") int threshold) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
  }

  /**
   * Measures stay loaded between commands (see {@link LruCache}); a city's portfolio of a few
   * hundred to a few thousand measures fits.
   */
  @Bean
  Cache measureCache(@Value("${tracker.measure.cache-size:5000}") int size) {
    return new LruCache(size);
  }

  @Bean
  CommandTargetResolver measureTargetResolver() {
    return new ExpectedVersion();
  }

  /** "Today" for the rules about future dates is the city's today. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock(@Value("${tracker.time-zone:Europe/Berlin}") ZoneId zone) {
    return Clock.system(zone);
  }
}
