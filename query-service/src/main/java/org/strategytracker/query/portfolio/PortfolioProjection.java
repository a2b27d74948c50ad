package org.strategytracker.query.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.projection.ProjectionTables;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;

/**
 * One row per measure with everything that is current about it. Every handler first advances the
 * row's version and does nothing if the event is not newer (replays, redelivery after a crash).
 */
@ProcessingGroup(PortfolioProjection.NAME)
public class PortfolioProjection {

  public static final String NAME = "portfolio";

  private final PortfolioRows rows;
  private final ProjectionTables tables;
  private final VersionSignal signal;

  PortfolioProjection(PortfolioRows rows, ProjectionTables tables, VersionSignal signal) {
    this.rows = rows;
    this.tables = tables;
    this.signal = signal;
  }

  @EventHandler
  void on(MeasureRegistered e, @SequenceNumber long sequence, @Timestamp Instant at) {
    rows.atomically(() -> register(e, sequence, at));
    signal.after(e.measureId());
  }

  private void register(MeasureRegistered e, long sequence, Instant at) {
    Tables t = tables.resolve();
    Period period = e.period();
    rows.writes()
        .update(
            "INSERT INTO "
                + t.of("portfolio_measure")
                + " (measure_id, title, field_of_action, lead_unit, collaborators, priority, status, description,"
                + " measurability, period_text, period_kind, period_start, period_end, registered_at, last_update, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (measure_id) DO NOTHING",
            e.measureId().value(),
            e.title(),
            e.fieldOfAction(),
            e.leadUnit().code(),
            CollaboratorText.write(e.collaborators() == null ? List.of() : e.collaborators()),
            e.priority().level(),
            Status.PLANNED.name(),
            e.description(),
            e.measurability(),
            period.text(),
            period.kind().name(),
            period.start(),
            period.end(),
            Times.utc(at),
            Times.utc(at),
            sequence + 1);
  }

  @EventHandler
  void on(MeasureDetailsRevised e, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        e.measureId(),
        sequence,
        at,
        "title = ?, field_of_action = ?, description = ?, measurability = ?",
        e.title(),
        e.fieldOfAction(),
        e.description(),
        e.measurability());
  }

  @EventHandler
  void on(LeadUnitAssigned e, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(e.measureId(), sequence, at, "lead_unit = ?", e.leadUnit().code());
  }

  @EventHandler
  void on(CollaboratorAdded e, @SequenceNumber long sequence, @Timestamp Instant at) {
    changeCollaborators(
        e.measureId(),
        sequence,
        at,
        collaborators -> {
          if (!collaborators.contains(e.collaborator())) {
            collaborators.add(e.collaborator());
          }
        });
  }

  @EventHandler
  void on(CollaboratorRemoved e, @SequenceNumber long sequence, @Timestamp Instant at) {
    changeCollaborators(
        e.measureId(), sequence, at, collaborators -> collaborators.remove(e.collaborator()));
  }

  /** Reads the collaborator list (after the batch's writes so far), changes it and writes it. */
  private void changeCollaborators(
      MeasureId measureId, long sequence, Instant at, Consumer<List<Collaborator>> change) {
    rows.atomically(
        () ->
            rows.writes()
                .read(
                    () -> {
                      Tables t = tables.resolve();
                      if (rows.advance(t, measureId, sequence + 1, at)) {
                        List<Collaborator> collaborators = rows.collaborators(t, measureId);
                        change.accept(collaborators);
                        rows.set(
                            t,
                            measureId,
                            "collaborators = ?",
                            CollaboratorText.write(collaborators));
                      }
                      return null;
                    }));
    signal.after(measureId);
  }

  @EventHandler
  void on(PriorityAssigned e, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(e.measureId(), sequence, at, "priority = ?", e.priority().level());
  }

  @EventHandler
  void on(PeriodPlanned e, @SequenceNumber long sequence, @Timestamp Instant at) {
    Period p = e.period();
    change(
        e.measureId(),
        sequence,
        at,
        "period_text = ?, period_kind = ?, period_start = ?, period_end = ?",
        p.text(),
        p.kind().name(),
        p.start(),
        p.end());
  }

  @EventHandler
  void on(StatusChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(e.measureId(), sequence, at, "status = ?", e.to().name());
  }

  @EventHandler
  void on(MeasureReopened e, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(e.measureId(), sequence, at, "status = ?", e.to().name());
  }

  @EventHandler
  void on(ProgressReported e, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        e.measureId(),
        sequence,
        at,
        "percent_complete = ?, health = ?, progress_comment = ?, progress_reported_at = ?",
        e.percentComplete(),
        e.health().name(),
        e.comment(),
        Times.utc(at));
  }

  @ResetHandler
  void reset() {
    Tables t = tables.resolve();
    for (String table : PortfolioConfiguration.TABLES) {
      rows.truncate(t.of(table));
    }
  }

  private void change(
      MeasureId measure, long sequence, Instant at, String assignments, Object... values) {
    rows.atomically(
        () -> rows.change(tables.resolve(), measure, sequence + 1, at, assignments, values));
    signal.after(measure);
  }
}
