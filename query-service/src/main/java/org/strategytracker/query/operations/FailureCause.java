package org.strategytracker.query.operations;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a projection could not apply an event, in German for the strategy office, without the SQL
 * statement: the database's own one-line message is kept (it names the column or the trigger's
 * complaint), the statement and its parameters are not.
 */
final class FailureCause {

  private FailureCause() {}

  /** Why a rebuild stopped other than on an event: the database's refusal, or the message. */
  static String ofRebuild(Throwable failure) {
    SQLException sql = sqlCause(failure);
    return sql == null
        ? failure.getMessage()
        : "Neuaufbau abgebrochen: " + database(sql.getSQLState()) + " (" + firstLine(sql) + ")";
  }

  /** Why an event could not be applied. */
  static String german(Throwable failure) {
    SQLException sql = sqlCause(failure);
    if (sql != null) {
      return database(sql.getSQLState()) + " (Meldung der Datenbank: " + firstLine(sql) + ")";
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof NullPointerException) {
      return "dem Ereignis fehlt eine Angabe, die die Projektion braucht";
    }
    return "die Projektion konnte das Ereignis nicht verarbeiten ("
        + root.getClass().getSimpleName()
        + ")";
  }

  private static String database(String state) {
    String code = state == null ? "" : state;
    return switch (code) {
      case "23502" -> "ein Pflichtwert fehlt";
      case "23505" -> "der Eintrag ist schon vorhanden";
      case "23503" -> "ein Eintrag, auf den das Ereignis verweist, fehlt";
      case "23514" -> "ein Wert verletzt eine Prüfregel der Tabelle";
      case "22001" -> "ein Text ist zu lang für seine Spalte";
      case "22021", "22P05" ->
          "ein Text enthält ein Zeichen, das die Datenbank nicht speichern kann";
      case "P0001" -> "die Datenbank hat die Zeile abgelehnt";
      default ->
          code.startsWith("22")
              ? "ein Wert passt nicht in seine Spalte"
              : "die Datenbank hat die Änderung abgelehnt";
    };
  }

  /** The innermost SQL exception; a batch's own message names the statement, its next does not. */
  private static SQLException sqlCause(Throwable failure) {
    SQLException found = null;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SQLException e) {
        found = e;
      }
    }
    while (found != null && found.getNextException() != null) {
      found = found.getNextException();
    }
    return found;
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end).strip();
    for (String prefix : new String[] {"ERROR: ", "FEHLER: "}) {
      if (line.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
        return line.substring(prefix.length());
      }
    }
    return line;
  }
}
