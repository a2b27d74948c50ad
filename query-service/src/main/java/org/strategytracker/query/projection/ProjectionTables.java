package org.strategytracker.query.projection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a projection writes: the live generation (looked up for every event, so that a rebuild can
 * switch it under running processors) or a fixed one (the generation a rebuild is filling).
 */
@FunctionalInterface
public interface ProjectionTables {

  /** The tables to write the current event into. */
  Tables resolve();

  /**
   * The live generation of a projection, read with a shared lock inside the handler's transaction:
   * a switch takes the exclusive lock, so no batch writes into the old generation after it.
   */
  static ProjectionTables live(JdbcClient jdbc, String projection) {
    return () ->
        new Tables(
            jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ? FOR SHARE")
                .param(projection)
                .query(Integer.class)
                .single());
  }
}
