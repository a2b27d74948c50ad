package org.strategytracker.command.catalogue;

/**
 * One thing wrong with a catalogue file, named so that a person can find and fix it.
 *
 * @param table the file or sheet ("Massnahmen", "Meilensteine", "Kennzahlen", "measures")
 * @param row the row as a spreadsheet shows it (the header is row 1), 0 for the file as a whole
 * @param column the column or key, empty for the file as a whole
 * @param rule the rule that was broken, stable for clients ("required", "priority-range", ...)
 * @param message what is wrong, in German
 */
public record ImportProblem(String table, int row, String column, String rule, String message) {

  static ImportProblem at(Catalogue.Origin origin, String column, String rule, String message) {
    return new ImportProblem(origin.table(), origin.row(), column, rule, message);
  }

  static ImportProblem ofFile(String table, String rule, String message) {
    return new ImportProblem(table, 0, "", rule, message);
  }

  @Override
  public String toString() {
    return table
        + (row > 0 ? ", Zeile " + row : "")
        + (column.isEmpty() ? "" : ", Spalte " + column)
        + ": "
        + message
        + " ["
        + rule
        + "]";
  }
}
