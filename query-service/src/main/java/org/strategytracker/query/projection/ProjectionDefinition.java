package org.strategytracker.query.projection;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A projection as the operations side sees it: its processing group, its tables (in the order they
 * are created) and how to build its event handlers for a given set of tables.
 *
 * @param name the processing group and the name used by the admin API ("portfolio")
 * @param tables the unsuffixed table names, which are also the names of the views the API reads
 * @param handlers builds the projection's event handler objects writing into the given tables
 */
public record ProjectionDefinition(
    String name, List<String> tables, Function<ProjectionTables, List<Object>> handlers) {

  public ProjectionDefinition {
    Objects.requireNonNull(name, "name");
    tables = List.copyOf(tables);
    Objects.requireNonNull(handlers, "handlers");
  }
}
