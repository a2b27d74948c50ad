package org.strategytracker.query.operations;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * A pooled streaming processor outside Axon's configuration, reading the whole event stream from
 * the start into the tables of a new generation. Its tokens live in {@code token_entry} under its
 * own name, so it survives nothing but is visible to the lag query like any other. It splits the
 * stream into one segment per thread: with a single segment, one thread waited for the database
 * while the other idled.
 */
final class ShadowProcessor {

  /**
   * How soon a segment without events of its own stores that it has seen the newer ones (Axon's
   * claim extension): the switch waits for the furthest-behind segment to reach the head.
   */
  private static final long IDLE_TOKEN_STORE_MILLIS = 200;

  private final PooledStreamingEventProcessor processor;
  private final ScheduledExecutorService coordinator;
  private final ScheduledExecutorService workers;

  ShadowProcessor(
      String name,
      List<Object> handlers,
      ListenerInvocationErrorHandler errors,
      EventStore eventStore,
      TokenStore tokenStore,
      TransactionManager transactionManager,
      int threads,
      int batchSize) {
    this.coordinator =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, name + "-coordinator"));
    this.workers =
        Executors.newScheduledThreadPool(
            threads, runnable -> new Thread(runnable, name + "-worker"));
    this.processor =
        PooledStreamingEventProcessor.builder()
            .name(name)
            .eventHandlerInvoker(
                SimpleEventHandlerInvoker.builder()
                    .eventHandlers(handlers)
                    .listenerInvocationErrorHandler(errors)
                    .build())
            .messageSource(eventStore)
            .tokenStore(tokenStore)
            .transactionManager(transactionManager)
            .coordinatorExecutor(coordinator)
            .workerExecutor(workers)
            .initialSegmentCount(threads)
            .claimExtensionThreshold(IDLE_TOKEN_STORE_MILLIS)
            .batchSize(batchSize)
            .tokenClaimInterval(500)
            .initialToken(StreamableMessageSource::createTailToken)
            .build();
  }

  void start() {
    processor.start();
  }

  void stop() {
    processor.shutDown();
    coordinator.shutdownNow();
    workers.shutdownNow();
  }
}
