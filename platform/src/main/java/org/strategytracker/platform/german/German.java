package org.strategytracker.platform.german;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.strategytracker.events.measure.Health;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.events.measure.Status;

/**
 * The one German vocabulary of both services: the history's summaries, the reports and the command
 * side's rejections take their words, dates and numbers from here, so a status or a traffic light
 * reads the same everywhere. The web interface's {@code js/text.js} uses the same words (a test in
 * the app module compares them).
 */
public final class German {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss 'Uhr'");

  private static final Map<Status, String> STATUS = new EnumMap<>(Status.class);
  private static final Map<Health, String> HEALTH = new EnumMap<>(Health.class);
  private static final Map<KpiDirection, String> DIRECTION = new EnumMap<>(KpiDirection.class);

  static {
    STATUS.put(Status.PLANNED, "Geplant");
    STATUS.put(Status.IN_PROGRESS, "In Umsetzung");
    STATUS.put(Status.ON_HOLD, "Pausiert");
    STATUS.put(Status.COMPLETED, "Abgeschlossen");
    STATUS.put(Status.CANCELLED, "Abgebrochen");
    HEALTH.put(Health.GREEN, "Grün (im Plan)");
    HEALTH.put(Health.AMBER, "Gelb (gefährdet)");
    HEALTH.put(Health.RED, "Rot (kritisch)");
    DIRECTION.put(KpiDirection.INCREASE, "höher ist besser");
    DIRECTION.put(KpiDirection.DECREASE, "niedriger ist besser");
    DIRECTION.put(KpiDirection.MAINTAIN, "Wert halten");
  }

  private German() {}

  public static String status(Status status) {
    return STATUS.get(status);
  }

  /** The status stored as its code in a read model; an unknown code is shown as it is. */
  public static String status(String code) {
    return code == null ? null : word(Status.class, code, STATUS);
  }

  /** The department's traffic light: the colour and what it means. */
  public static String health(Health health) {
    return HEALTH.get(health);
  }

  public static String health(String code) {
    return code == null ? null : word(Health.class, code, HEALTH);
  }

  public static String direction(KpiDirection direction) {
    return DIRECTION.get(direction);
  }

  /** Where a change came from: the catalogue import, the web interface or the API. */
  public static String source(String source) {
    return switch (source) {
      case "import" -> "Katalogimport";
      case "ui" -> "Oberfläche";
      case "api" -> "Schnittstelle";
      default -> source;
    };
  }

  public static String date(LocalDate date) {
    return date == null ? "ohne Datum" : DAY.format(date);
  }

  /** A moment as a clock in the city shows it. */
  public static String moment(Instant moment, ZoneId zone) {
    return MOMENT.format(moment.atZone(zone));
  }

  /** A number with a decimal comma and no trailing zeros; a dash for none. */
  public static String number(BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** A KPI's target with its date: "120,5 bis 31.12.2025", "120,5" or "kein Ziel". */
  public static String target(BigDecimal target, LocalDate targetDate) {
    if (target == null) {
      return "kein Ziel";
    }
    return number(target) + (targetDate == null ? "" : " bis " + date(targetDate));
  }

  public static String quoted(String text) {
    return "„" + text + "“";
  }

  /** ": reason" after a summary, or nothing when no reason was given. */
  public static String because(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
  }

  private static <E extends Enum<E>> String word(Class<E> type, String code, Map<E, String> words) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(code)) {
        return words.get(value);
      }
    }
    return code;
  }
}
