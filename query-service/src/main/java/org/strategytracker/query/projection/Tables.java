package org.strategytracker.query.projection;

/**
 * The physical tables of one generation of a projection: {@code portfolio_measure} of generation 2
 * is {@code portfolio_measure_g2}. The query API reads the unsuffixed views, which point at the
 * live generation.
 */
public record Tables(int generation) implements ProjectionTables {

  public Tables {
    if (generation < 1) {
      throw new IllegalArgumentException("generation must be at least 1, was " + generation);
    }
  }

  /** The physical name of a table of this generation. */
  public String of(String table) {
    return table + "_g" + generation;
  }

  @Override
  public Tables resolve() {
    return this;
  }
}
