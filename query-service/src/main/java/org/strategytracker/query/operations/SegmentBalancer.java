package org.strategytracker.query.operations;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

  private final QueryNode node;
  private final JdbcClient jdbc;
  private final EventProcessingConfiguration processing;
  private final List<String> processors;
  private final Duration heartbeat;
  private ScheduledExecutorService scheduler;

  SegmentBalancer(
      QueryNode node,
      JdbcClient jdbc,
      EventProcessingConfiguration processing,
      List<ProjectionDefinition> projections,
      @Value("${tracker.query.balancing.heartbeat:1s}") Duration heartbeat) {
    this.node = node;
    this.jdbc = jdbc;
    this.processing = processing;
    this.processors = projections.stream().map(ProjectionDefinition::name).toList();
    this.heartbeat = heartbeat;
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
      node.leave();
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
    node.reportAlive();
    long nodes = node.alive();
    node.forgetLongGone();
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
              processor.releaseSegment(segment, node.timeout().toMillis(), TimeUnit.MILLISECONDS);
            });
  }
}
