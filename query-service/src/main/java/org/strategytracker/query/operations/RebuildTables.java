package org.strategytracker.query.operations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.Tables;

/**
 * The tables and the shadow tokens a rebuild leaves in the database, so that a rebuild can be
 * prepared, cleaned up after, and taken over after a crash by another instance. The live
 * generation's tables are never dropped here, whoever asks.
 */
final class RebuildTables {

  private final JdbcClient jdbc;
  private final RebuildIndexes indexes;

  RebuildTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.indexes = new RebuildIndexes(jdbc);
  }

  int live(ProjectionDefinition projection) {
    return jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ?")
        .param(projection.name())
        .query(Integer.class)
        .single();
  }

  /**
   * Drops what an earlier attempt left and creates the tables empty, like the live ones, but
   * without the indexes the handlers do not need while they fill them ({@link #prepareForSwitch}).
   */
  void create(ProjectionDefinition projection, Tables next, String shadowName) {
    Tables live = new Tables(live(projection));
    drop(projection, next, shadowName);
    for (String table : projection.tables()) {
      jdbc.sql("CREATE TABLE " + next.of(table) + " (LIKE " + live.of(table) + " INCLUDING ALL)")
          .update();
    }
    indexes.defer(projection, next);
  }

  /** Builds the indexes left out while the tables were filled, before they become live. */
  void prepareForSwitch(ProjectionDefinition projection, Tables next) {
    indexes.complete(projection, new Tables(live(projection)), next);
  }

  /**
   * Whether every table of the generation exists. The shadow processor writes rows and its token in
   * one transaction, so complete tables hold exactly what the shadow's stored token says.
   */
  boolean complete(ProjectionDefinition projection, Tables tables) {
    return projection.tables().stream()
        .allMatch(
            table ->
                jdbc.sql("SELECT to_regclass(?) IS NOT NULL")
                    .param(tables.of(table))
                    .query(Boolean.class)
                    .single());
  }

  /** Frees the shadow's segment from the claim of a process that is gone. */
  void releaseClaims(String shadowName) {
    jdbc.sql("UPDATE token_entry SET owner = NULL WHERE processor_name = ?")
        .param(shadowName)
        .update();
  }

  /** Deletes the shadow's tokens and drops the generation's tables, unless they are live. */
  void drop(ProjectionDefinition projection, Tables tables, String shadowName) {
    jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?").param(shadowName).update();
    if (tables.generation() == live(projection)) {
      return;
    }
    for (String table : projection.tables()) {
      jdbc.sql("DROP TABLE IF EXISTS " + tables.of(table)).update();
    }
  }
}
