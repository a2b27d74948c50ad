package org.strategytracker.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.platform.database.SchemaMigration;

/** Pooled processors learn of new events from the store's streams, on real PostgreSQL. */
class NotifyingEventStoreIntegrationTest {

  static EmbeddedDatabase database;
  static JdbcEventStorageEngine engine;

  @BeforeAll
  static void eventStore() {
    database = EmbeddedDatabase.ephemeral();
    DataSource dataSource = new DriverManagerDataSource(database.jdbcUrl());
    SchemaMigration.forModule(dataSource, "platform").migrate();
    engine =
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(Jackson3Serializer.builder().build())
            .eventSerializer(Jackson3Serializer.builder().build())
            .connectionProvider(new DataSourceConnectionProvider(dataSource))
            .transactionManager(NoTransactionManager.INSTANCE)
            .schema(new PostgresEventStoreConfiguration().eventSchema())
            .dataType(byte[].class)
            .build();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Test
  void wakesItsStreamsWhenEventsAreCommittedInThisProcess() throws Exception {
    NotifyingEventStore store = store(Duration.ofHours(1));
    try (TrackingEventStream stream = store.openStream(store.createHeadToken())) {
      CountDownLatch woken = new CountDownLatch(1);
      assertThat(stream.setOnAvailableCallback(woken::countDown)).isTrue();
      assertThat(stream.hasNextAvailable()).isFalse();

      DefaultUnitOfWork.startAndGet(null)
          .execute(() -> store.publish(GenericEventMessage.asEventMessage("committed here")));

      assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(stream.hasNextAvailable()).isTrue();
      assertThat(stream.nextAvailable().getPayload()).isEqualTo("committed here");
    } finally {
      store.shutDown();
    }
  }

  @Test
  void pollsForEventsAppendedByAnotherProcess() throws Exception {
    NotifyingEventStore store = store(Duration.ofMillis(50));
    try (TrackingEventStream stream = store.openStream(store.createHeadToken())) {
      AtomicInteger calls = new AtomicInteger();
      stream.setOnAvailableCallback(calls::incrementAndGet);

      engine.appendEvents(GenericEventMessage.asEventMessage("appended elsewhere"));

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> calls.get() > 0 && stream.hasNextAvailable());
      assertThat(stream.nextAvailable().getPayload()).isEqualTo("appended elsewhere");
    } finally {
      store.shutDown();
    }
  }

  @Test
  void forgetsAClosedStream() throws Exception {
    NotifyingEventStore store = store(Duration.ofHours(1));
    try {
      TrackingEventStream stream = store.openStream(store.createHeadToken());
      AtomicInteger calls = new AtomicInteger();
      stream.setOnAvailableCallback(calls::incrementAndGet);
      stream.close();

      DefaultUnitOfWork.startAndGet(null)
          .execute(() -> store.publish(GenericEventMessage.asEventMessage("after close")));

      assertThat(calls).hasValue(0);
    } finally {
      store.shutDown();
    }
  }

  private static NotifyingEventStore store(Duration pollInterval) {
    return new NotifyingEventStore(
        EmbeddedEventStore.builder().storageEngine(engine), pollInterval);
  }
}
