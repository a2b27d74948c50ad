package org.strategytracker.platform.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's batched event INSERT with one more column, the {@link EventSeal}: the seal is written in
 * the same statement, connection and transaction as the event, so an event row without a valid seal
 * was not written by the application. The columns are bound exactly as Axon binds them (timestamps
 * as ISO-8601 text) and the seal is computed over those very values.
 */
final class SealingAppendStatement implements AppendEventsStatementBuilder {

  private final EventSeal seal;

  SealingAppendStatement(EventSeal seal) {
    this.seal = seal;
  }

  @Override
  public PreparedStatement build(
      Connection connection,
      EventSchema schema,
      Class<?> dataType,
      List<? extends EventMessage<?>> events,
      Serializer serializer,
      TimestampWriter timestampWriter)
      throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO "
                + schema.domainEventTable()
                + " ("
                + schema.domainEventFields()
                + ", seal) VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (EventMessage<?> message : events) {
      DomainEventMessage<?> event = asDomainEvent(message);
      SerializedObject<?> payload = event.serializePayload(serializer, dataType);
      SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
      EventSeal.Row row =
          new EventSeal.Row(
              event.getIdentifier(),
              event.getAggregateIdentifier(),
              event.getSequenceNumber(),
              event.getType(),
              DateTimeUtils.formatInstant(event.getTimestamp()),
              payload.getType().getName(),
              payload.getType().getRevision(),
              (byte[]) payload.getData(),
              (byte[]) metaData.getData());
      statement.setString(1, row.eventIdentifier());
      statement.setString(2, row.aggregateIdentifier());
      statement.setLong(3, row.sequenceNumber());
      statement.setString(4, row.type());
      statement.setString(5, row.timestamp());
      statement.setString(6, row.payloadType());
      statement.setString(7, row.payloadRevision());
      statement.setBytes(8, row.payload());
      statement.setBytes(9, row.metaData());
      statement.setBytes(10, seal.seal(row));
      statement.addBatch();
    }
    return statement;
  }

  /**
   * A non-domain event is stored as Axon stores it: its own identifier as aggregate, sequence 0.
   */
  private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
    if (event instanceof DomainEventMessage<?> domainEvent) {
      return domainEvent;
    }
    return new GenericDomainEventMessage<>(
        null, event.getIdentifier(), 0L, event, event::getTimestamp);
  }
}
