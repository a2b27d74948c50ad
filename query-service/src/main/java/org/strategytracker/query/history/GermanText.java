package org.strategytracker.query.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers, dates and reasons as a German reader expects them in a summary. */
final class GermanText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private GermanText() {}

  static String date(LocalDate date) {
    return date == null ? "ohne Datum" : DATE.format(date);
  }

  static String number(BigDecimal value) {
    return value == null ? "keiner" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  static String quoted(String text) {
    return "„" + text + "“";
  }

  /** ": reason" after a summary, or nothing when no reason was given. */
  static String because(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static String source(String source) {
    if (source == null) {
      return "";
    }
    String label =
        switch (source) {
          case "import" -> "Import";
          case "ui" -> "Oberfläche";
          case "api" -> "API";
          default -> source;
        };
    return " (Quelle: " + label + ")";
  }
}
