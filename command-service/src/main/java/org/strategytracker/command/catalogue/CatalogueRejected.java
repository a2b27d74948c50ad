package org.strategytracker.command.catalogue;

import java.util.List;

/** A catalogue was not imported at all, because of these problems; nothing was recorded. */
public class CatalogueRejected extends RuntimeException {

  private final List<ImportProblem> problems;

  public CatalogueRejected(List<ImportProblem> problems) {
    super(
        "Katalog nicht importiert: " + problems.size() + " Problem(e), erstes: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
