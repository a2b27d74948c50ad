package org.strategytracker.command.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A CSV file or XLSX sheet as read: its column names and its rows of cells by column name. */
record CatalogueTable(String name, List<String> header, List<Row> rows) {

  /** A row and its number as a spreadsheet shows it (the header is row 1). */
  record Row(int number, Map<String, String> cells) {

    String cell(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    /** A list cell: entries separated by "|". */
    List<String> list(String column) {
      String value = cell(column);
      return value == null
          ? List.of()
          : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}
