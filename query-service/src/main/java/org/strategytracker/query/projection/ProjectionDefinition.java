package org.strategytracker.query.projection;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A projection as the operations side sees it: its processing group, its tables (in the order they
 * are created), how to build its event handlers for a given set of tables, and which indexes its
 * handlers read through while they write.
 *
 * @param name the processing group and the name used by the admin API ("portfolio")
 * @param tables the unsuffixed table names, which are also the names of the views the API reads
 * @param handlers builds the projection's event handler objects writing into the given tables
 * @param writeIndexes for each table whose secondary indexes a rebuild may build only once the
 *     table is full (much cheaper than maintaining them row by row), the indexes to keep anyway
 *     because the handlers' own statements need them, as the start of their key, e.g. {@code
 *     "(measure_id, kind, item_id, global_index)"}; unique indexes are always kept, and tables not
 *     named keep every index
 */
public record ProjectionDefinition(
    String name,
    List<String> tables,
    Function<ProjectionTables, List<Object>> handlers,
    Map<String, List<String>> writeIndexes) {

  public ProjectionDefinition {
    Objects.requireNonNull(name, "name");
    tables = List.copyOf(tables);
    Objects.requireNonNull(handlers, "handlers");
    writeIndexes = Map.copyOf(writeIndexes);
  }

  /** A projection whose rebuild keeps every index while it fills the tables. */
  public ProjectionDefinition(
      String name, List<String> tables, Function<ProjectionTables, List<Object>> handlers) {
    this(name, tables, handlers, Map.of());
  }
}
