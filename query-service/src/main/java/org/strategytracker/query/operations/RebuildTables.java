package org.strategytracker.query.operations;

import java.util.List;
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
   * unlogged (their rows bypass the write-ahead log) and without the indexes the handlers do not
   * need while they fill them; {@link #prepareForSwitch} makes up for both.
   */
  void create(ProjectionDefinition projection, Tables next, String shadowName) {
    Tables live = new Tables(live(projection));
    drop(projection, next, shadowName);
    for (String table : projection.tables()) {
      jdbc.sql(
              "CREATE UNLOGGED TABLE "
                  + next.of(table)
                  + " (LIKE "
                  + live.of(table)
                  + " INCLUDING ALL)")
          .update();
    }
    indexes.defer(projection, next);
  }

  /**
   * Makes the filled tables crash-safe (logged, in one pass each) and builds the indexes left out,
   * before they become live.
   */
  void prepareForSwitch(ProjectionDefinition projection, Tables next) {
    for (String table : projection.tables()) {
      jdbc.sql("ALTER TABLE " + next.of(table) + " SET LOGGED").update();
    }
    indexes.complete(projection, new Tables(live(projection)), next);
  }

  /**
   * Whether every table of the generation exists with the rows the shadow's stored token says. The
   * shadow processor writes rows and its token in one transaction; but a database crash empties
   * unlogged tables and keeps the token, so unlogged tables that are all empty count as lost.
   */
  boolean complete(ProjectionDefinition projection, Tables tables) {
    List<String> names = projection.tables().stream().map(tables::of).toList();
    if (!names.stream().allMatch(name -> persistence(name) != null)) {
      return false;
    }
    boolean unlogged = names.stream().anyMatch(name -> "u".equals(persistence(name)));
    return !unlogged
        || names.stream()
            .anyMatch(
                name ->
                    jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + name + ")")
                        .query(Boolean.class)
                        .single());
  }

  /** {@code p} for a logged table, {@code u} for an unlogged one, null if there is none. */
  private String persistence(String table) {
    return jdbc.sql("SELECT relpersistence::text FROM pg_class WHERE oid = to_regclass(?)")
        .param(table)
        .query(String.class)
        .optional()
        .orElse(null);
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
