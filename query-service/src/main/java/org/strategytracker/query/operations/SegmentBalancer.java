package org.strategytracker.query.operations;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.projection.ProjectionDefinition;

/**
 * Shares the processors' segments between the instances of the query service on one database. Axon
 * lets the first instance claim every segment; so each instance reports itself alive in {@code
 * query_node} and releases what it holds beyond its fair share (segments divided by live instances)
 * for one node timeout, long enough for another instance to claim it. An instance that dies stops
 * reporting; its claims expire after the token store's claim timeout and the others take its
 * segments over.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

  private final String node = UUID.randomUUID().toString();
  private final JdbcClient jdbc;
  private final EventProcessingConfiguration processing;
  private final List<String> processors;
  private final Duration heartbeat;
  private final Duration nodeTimeout;
  private ScheduledExecutorService scheduler;

  SegmentBalancer(
      JdbcClient jdbc,
      EventProcessingConfiguration processing,
      List<ProjectionDefinition> projections,
      @Value("${tracker.query.balancing.heartbeat:1s}") Duration heartbeat,
      @Value("${tracker.query.balancing.node-timeout:5s}") Duration nodeTimeout) {
    this.jdbc = jdbc;
    this.processing = processing;
    this.processors = projections.stream().map(ProjectionDefinition::name).toList();
    this.heartbeat = heartbeat;
    this.nodeTimeout = nodeTimeout;
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "segment-balancer"));
    scheduler.scheduleWithFixedDelay(
        this::balanceQuietly, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
      jdbc.sql("DELETE FROM query_node WHERE node_id = ?").param(node).update();
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  private void balanceQuietly() {
    try {
      balance();
    } catch (RuntimeException e) {
      log.warn("Balancing segments failed; trying again in {}", heartbeat, e);
    }
  }

  void balance() {
    jdbc.sql(
            "INSERT INTO query_node (node_id, last_seen) VALUES (?, now())"
                + " ON CONFLICT (node_id) DO UPDATE SET last_seen = now()")
        .param(node)
        .update();
    long nodes =
        jdbc.sql(
                "SELECT count(*) FROM query_node WHERE last_seen > now() - make_interval(secs => ?)")
            .param(nodeTimeout.toMillis() / 1000.0)
            .query(Long.class)
            .single();
    jdbc.sql("DELETE FROM query_node WHERE last_seen < now() - make_interval(secs => ?)")
        .param(nodeTimeout.multipliedBy(10).toMillis() / 1000.0)
        .update();
    for (String name : processors) {
      processing
          .eventProcessor(name, StreamingEventProcessor.class)
          .ifPresent(p -> share(p, Math.max(1, nodes)));
    }
  }

  private void share(StreamingEventProcessor processor, long nodes) {
    long segments =
        jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = ?")
            .param(processor.getName())
            .query(Long.class)
            .single();
    long fairShare = (segments + nodes - 1) / nodes;
    Map<Integer, EventTrackerStatus> mine = processor.processingStatus();
    mine.keySet().stream()
        .sorted(Comparator.reverseOrder())
        .limit(Math.max(0, mine.size() - fairShare))
        .forEach(
            segment -> {
              log.info(
                  "Releasing segment {} of {} for another instance ({} instances, fair share {})",
                  segment,
                  processor.getName(),
                  nodes,
                  fairShare);
              processor.releaseSegment(segment, nodeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            });
  }
}
