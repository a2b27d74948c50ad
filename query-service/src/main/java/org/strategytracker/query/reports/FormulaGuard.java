package org.strategytracker.query.reports;

/**
 * Keeps spreadsheet programs from reading a text cell of an exported file as a formula (CSV
 * injection): any editor can put {@code =HYPERLINK(…)} into a title, and Excel or LibreOffice would
 * run it when a council member opens the report. Following OWASP, a text that starts with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, and
 * the writer quotes every text cell; numbers are not text and pass unchanged, so a negative number
 * stays a number. Every CSV the service writes goes through {@link #cell}.
 */
final class FormulaGuard {

  private FormulaGuard() {}

  /** The value as a cell: a number as it is, a text neutralised, null as null. */
  static Object cell(Object value) {
    return value instanceof CharSequence text ? text(text.toString()) : value;
  }

  /** The text with an apostrophe in front if a spreadsheet would start a formula with it. */
  static String text(String text) {
    return startsFormula(text) ? "'" + text : text;
  }

  private static boolean startsFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
