package org.strategytracker.command.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.strategytracker.platform.web.RuleViolation;

/** The named rules a measure's commands are checked against, each rejection in plain words. */
final class MeasureRules {

  static final int TITLE_MAX = 200;
  static final int NAME_MAX = 120;
  static final int TEXT_MAX = 5000;
  static final int REASON_MAX = 2000;

  private MeasureRules() {}

  static String requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw RuleViolation.input(field, "required", "„" + field + "“ darf nicht leer sein.");
    }
    return optionalText(field, value, max);
  }

  static String optionalText(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw RuleViolation.input(
          field, "length", "„" + field + "“ darf höchstens " + max + " Zeichen lang sein.");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  static <T> T require(String field, T value) {
    if (value == null) {
      throw RuleViolation.input(field, "required", "„" + field + "“ fehlt.");
    }
    return value;
  }

  static String requireReason(String reason, String action) {
    if (reason == null || reason.isBlank()) {
      throw RuleViolation.input(
          "reason", "reason-required", "Ein Grund ist erforderlich, wenn " + action + ".");
    }
    return optionalText("reason", reason, REASON_MAX);
  }

  static void notInFuture(String field, LocalDate date, LocalDate today, String what) {
    if (date.isAfter(today)) {
      throw RuleViolation.input(
          field,
          "not-in-future",
          what + " darf nicht in der Zukunft liegen (" + date + " ist nach " + today + ").");
    }
  }

  static void percent(int percentComplete) {
    if (percentComplete < 0 || percentComplete > 100) {
      throw RuleViolation.input(
          "percentComplete",
          "range",
          "Der Fortschritt muss zwischen 0 und 100 Prozent liegen, war " + percentComplete + ".");
    }
  }

  static void finite(String field, BigDecimal value) {
    if (value != null && (value.precision() - value.scale() > 15 || value.scale() > 6)) {
      throw RuleViolation.input(
          field,
          "range",
          "„" + field + "“ hat zu viele Stellen (höchstens 15 vor und 6 nach dem Komma).");
    }
  }
}
