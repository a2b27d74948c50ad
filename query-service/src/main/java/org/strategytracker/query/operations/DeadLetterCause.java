package org.strategytracker.query.operations;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a projection parked an event, for people who run the service: a German sentence, the
 * exception's simple class name and the SQLState where the database said one. The stored cause
 * message is not shown: it holds the SQL statement and row values; the log has it in full.
 */
record DeadLetterCause(String description, String type, String code) {

  private static final Pattern SQL_STATE = Pattern.compile("SQL ?state \\[?([0-9A-Z]{5})\\]?");

  /** PostgreSQL messages that name their state only in words (Spring drops the SQLState). */
  private static final List<String[]> MESSAGES =
      List.of(
          new String[] {"invalid byte sequence", "22021"},
          new String[] {"value too long", "22001"},
          new String[] {"out of range", "22003"},
          new String[] {"invalid input syntax", "22P02"},
          new String[] {"violates not-null constraint", "23502"},
          new String[] {"violates foreign key constraint", "23503"},
          new String[] {"duplicate key value", "23505"},
          new String[] {"violates check constraint", "23514"},
          new String[] {"does not exist", "42P01"},
          new String[] {"deadlock detected", "40P01"},
          new String[] {"could not serialize", "40001"},
          new String[] {"connection", "08006"});

  static DeadLetterCause of(String causeType, String causeMessage) {
    String type =
        causeType == null || causeType.isBlank()
            ? "unbekannt"
            : causeType.substring(causeType.lastIndexOf('.') + 1);
    String code = sqlState(causeMessage);
    return new DeadLetterCause(describe(code, causeType), type, code);
  }

  private static String sqlState(String message) {
    if (message == null) {
      return null;
    }
    Matcher state = SQL_STATE.matcher(message);
    if (state.find()) {
      return state.group(1);
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (!lower.contains("sql") && !lower.contains("error:")) {
      return null;
    }
    return MESSAGES.stream()
        .filter(known -> lower.contains(known[0]))
        .map(known -> known[1])
        .findFirst()
        .orElse(null);
  }

  private static String describe(String code, String causeType) {
    if (code == null) {
      boolean database =
          causeType != null
              && (causeType.contains(".jdbc.")
                  || causeType.contains(".dao.")
                  || causeType.contains("postgresql"));
      return database
          ? "Die Datenbank hat das Schreiben der Projektion abgelehnt."
          : "Die Projektion konnte das Ereignis nicht verarbeiten.";
    }
    if (code.equals("P0001")) {
      return "Eine Regel in der Datenbank (Trigger) hat die Zeile abgelehnt.";
    }
    return switch (code.substring(0, 2)) {
      case "22" ->
          "Die Datenbank hat einen Wert des Ereignisses abgelehnt (etwa ein Nullzeichen, ein zu"
              + " langer Text oder eine Zahl außerhalb des Bereichs).";
      case "23" ->
          "Die Zeile verletzt eine Regel der Tabelle (eindeutiger Schlüssel, Pflichtfeld, Verweis"
              + " oder Prüfbedingung).";
      case "42" -> "Tabelle oder Spalte der Projektion fehlt; vermutlich fehlt eine Migration.";
      case "40" -> "Die Transaktion wurde wegen eines gleichzeitigen Zugriffs abgebrochen.";
      case "08", "57" -> "Die Datenbank war nicht erreichbar.";
      case "53" -> "Der Datenbank fehlten Ressourcen (Speicher, Platte oder Verbindungen).";
      default -> "Die Datenbank hat das Schreiben der Projektion abgelehnt.";
    };
  }
}
