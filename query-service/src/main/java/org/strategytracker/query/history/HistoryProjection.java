package org.strategytracker.query.history;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.KpiDefined;
import org.strategytracker.events.measure.MilestonePlanned;
import org.strategytracker.query.projection.BatchedWrites;
import org.strategytracker.query.projection.ProjectionTables;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.projection.Times;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event of a measure as one audit entry: when, who, what changed from what to what, why and
 * where from. Entries are keyed by the event's identifier, so a replay adds nothing twice.
 */
@ProcessingGroup(HistoryProjection.NAME)
public class HistoryProjection {

  public static final String NAME = "history";
  static final List<String> TABLES = List.of("history_entry", "history_label");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final ProjectionTables tables;
  private final BatchedWrites writes;

  HistoryProjection(JdbcClient jdbc, ProjectionTables tables, BatchedWrites writes) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.writes = writes;
  }

  @EventHandler
  void on(Object event, DomainEventMessage<?> message) {
    writes.run(() -> record(event, message));
  }

  private void record(Object event, DomainEventMessage<?> message) {
    Tables t = tables.resolve();
    String measure = message.getAggregateIdentifier();
    if (event instanceof MilestonePlanned e) {
      label(t, measure, Milestones.milestoneKey(e.milestoneId()), e.title());
    } else if (event instanceof KpiDefined e) {
      label(t, measure, Milestones.kpiKey(e.kpiId()), e.name());
    }
    MetaData meta = message.getMetaData();
    LabelSlot slot = new LabelSlot();
    Described described =
        Unstorable.noted(
            Summaries.describe(
                event, text(meta, AuditMetadata.SOURCE), text(meta, AuditMetadata.REASON), slot),
            text(meta, AuditMetadata.ACTOR_ID),
            text(meta, AuditMetadata.ACTOR_UNIT),
            text(meta, AuditMetadata.SOURCE),
            text(meta, AuditMetadata.CORRELATION_ID));
    writes.update(
        "INSERT INTO "
            + t.of("history_entry")
            + " (event_id, measure_id, sequence_number, event_type, occurred_at,"
            + " actor_id, actor_unit, source, correlation_id, reason, changes, summary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + slot.sql(t.of("history_label"))
            + ") ON CONFLICT (event_id) DO NOTHING",
        slot.params(
            described.summary(),
            measure,
            message.getIdentifier(),
            measure,
            message.getSequenceNumber(),
            message.getPayloadType().getSimpleName(),
            Times.utc(message.getTimestamp()),
            text(meta, AuditMetadata.ACTOR_ID),
            text(meta, AuditMetadata.ACTOR_UNIT),
            text(meta, AuditMetadata.SOURCE),
            text(meta, AuditMetadata.CORRELATION_ID),
            described.reason(),
            JSON.writeValueAsString(described.changes())));
  }

  @ResetHandler
  void reset() {
    Tables t = tables.resolve();
    TABLES.forEach(table -> jdbc.sql("TRUNCATE " + t.of(table)).update());
  }

  private void label(Tables t, String measure, String key, String label) {
    writes.update(
        "INSERT INTO "
            + t.of("history_label")
            + " (measure_id, label_key, label) VALUES (?, ?, ?)"
            + " ON CONFLICT (measure_id, label_key) DO UPDATE SET label = EXCLUDED.label",
        measure,
        key,
        label);
  }

  private static String text(MetaData meta, String key) {
    Object value = meta.get(key);
    return value == null ? null : value.toString();
  }
}
