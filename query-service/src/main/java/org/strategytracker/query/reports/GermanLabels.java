package org.strategytracker.query.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The German words and number formats of the reports. */
final class GermanLabels {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final Map<String, String> STATUS =
      Map.of(
          "PLANNED",
          "Geplant",
          "IN_PROGRESS",
          "In Umsetzung",
          "ON_HOLD",
          "Pausiert",
          "COMPLETED",
          "Abgeschlossen",
          "CANCELLED",
          "Abgebrochen");
  private static final Map<String, String> HEALTH =
      Map.of("GREEN", "Grün", "AMBER", "Gelb", "RED", "Rot");

  private GermanLabels() {}

  static String status(String status) {
    return STATUS.getOrDefault(status, status);
  }

  static String health(String health) {
    return health == null ? null : HEALTH.getOrDefault(health, health);
  }

  static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  static String number(BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
