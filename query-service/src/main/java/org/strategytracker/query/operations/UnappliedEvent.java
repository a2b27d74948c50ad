package org.strategytracker.query.operations;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Remembers the first event a rebuild's handlers could not apply, and stops the shadow processor
 * there. Axon's default for a processor without a dead-letter queue is to log the failure and go
 * on, so a rebuild skipped the event and still reported DONE; the new tables then lacked it for
 * good. Rethrowing keeps the shadow's position before the event, so the tables can never be
 * switched to; {@link RebuildRunner} sees the failure and ends the rebuild FAILED, naming it.
 */
final class UnappliedEvent implements ListenerInvocationErrorHandler {

  /** The event's global index (null if the message did not carry one) and why it failed. */
  record Failure(Long position, String message) {}

  private final AtomicReference<Failure> first = new AtomicReference<>();

  @Override
  public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler)
      throws Exception {
    first.compareAndSet(null, describe(exception, event));
    throw exception;
  }

  Optional<Failure> failure() {
    return Optional.ofNullable(first.get());
  }

  private static Failure describe(Exception exception, EventMessage<?> event) {
    OptionalLong index =
        event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
            ? tracked.trackingToken().position()
            : OptionalLong.empty();
    Long position = index.isPresent() ? index.getAsLong() : null;
    String which =
        event instanceof DomainEventMessage<?> domain
            ? event.getPayloadType().getSimpleName()
                + " der Maßnahme "
                + domain.getAggregateIdentifier()
                + ", Version "
                + (domain.getSequenceNumber() + 1)
            : event.getPayloadType().getSimpleName();
    return new Failure(
        position,
        "Das Ereignis an Position "
            + (position == null ? "?" : position)
            + " ("
            + which
            + ") ließ sich nicht in die neuen Tabellen übernehmen: "
            + FailureCause.german(exception)
            + ". Die bisherigen Tabellen bleiben in Gebrauch.");
  }
}
