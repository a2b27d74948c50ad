package org.strategytracker.platform.eventstore;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, except that an {@link AssertionError} raised while storing leaves it
 * as an exception. The PostgreSQL driver raises one when the connection dies in the middle of a
 * batch insert. Axon's unit of work rolls back on exceptions only: past an {@code Error} the
 * transaction was neither committed nor rolled back and stayed bound, with its dead connection, to
 * the request thread, so every later command on that thread failed with 503 after the database was
 * back (found by {@code DatabaseOutageIntegrationTest}).
 */
final class PostgresEventStorageEngine extends JdbcEventStorageEngine {

  PostgresEventStorageEngine(Builder builder) {
    super(builder);
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    try {
      super.appendEvents(events, serializer);
    } catch (AssertionError driverFailure) {
      throw new EventStoreException(
          "Storing events failed inside the database driver", driverFailure);
    }
  }

  @Override
  protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    try {
      super.storeSnapshot(snapshot, serializer);
    } catch (AssertionError driverFailure) {
      throw new EventStoreException(
          "Storing a snapshot failed inside the database driver", driverFailure);
    }
  }
}
