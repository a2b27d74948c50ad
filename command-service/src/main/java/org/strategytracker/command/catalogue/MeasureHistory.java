package org.strategytracker.command.catalogue;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.MeasureId;

/**
 * Reads what the event store knows of a measure, twice over: as it stands now, and as the imports
 * alone left it. The second tells the import which values the catalogue itself changed since it was
 * last imported, so that changes people made in the tracker are not overwritten by a catalogue that
 * did not touch them.
 */
@Component
class MeasureHistory {

  private final EventStore eventStore;

  MeasureHistory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** Empty when the measure was never registered. */
  Optional<Recorded> read(MeasureId id) {
    MeasureFold current = new MeasureFold();
    MeasureFold imported = new MeasureFold();
    DomainEventStream events = eventStore.readEvents(id.value(), 0);
    while (events.hasNext()) {
      DomainEventMessage<?> event = events.next();
      current.apply(event.getPayload());
      if (AuditMetadata.Source.IMPORT
          .value()
          .equals(event.getMetaData().get(AuditMetadata.SOURCE))) {
        imported.apply(event.getPayload());
      }
    }
    return current.isRegistered()
        ? Optional.of(new Recorded(current.content(), imported.content(), current.isClosed()))
        : Optional.empty();
  }

  /**
   * @param current the measure as it stands
   * @param imported the measure as the imports alone left it
   * @param closed whether the measure is completed or cancelled and so takes no changes
   */
  record Recorded(MeasureContent current, MeasureContent imported, boolean closed) {}
}
