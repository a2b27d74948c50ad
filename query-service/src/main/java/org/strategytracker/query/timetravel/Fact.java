package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing an event states, as the timeline stores it. Which value columns a kind uses:
 *
 * <ul>
 *   <li>{@code REGISTERED}, {@code DETAILS}: title, field of action;
 *   <li>{@code LEAD_UNIT}: unit, previous unit; {@code PRIORITY}: priority, previous priority;
 *   <li>{@code STATUS}: status, previous status; {@code PERIOD}: text, kind;
 *   <li>{@code PROGRESS}: health, comment, percent complete;
 *   <li>{@code MILESTONE}: title, planned due date; {@code MILESTONE_DUE}: due date, previous due date;
 *       {@code MILESTONE_REACHED}: reached on, comment; {@code MILESTONE_DROPPED}: nothing;
 *   <li>{@code KPI}: name, unit, baseline, target, target date, direction (in {@code previousText});
 *       {@code KPI_TARGET}: target, previous target, target date, previous target date;
 *   <li>{@code KPI_VALUE}: value, observed on; {@code KPI_CORRECTION}: value, previous value,
 *       observed on, previous observed on;
 *   <li>{@code OTHER}: any other change (collaborators), which still counts as an update.
 * </ul>
 */
record Fact(
    String kind, String itemId, Instant validAt, String text, String previousText, BigDecimal number,
    BigDecimal previousNumber, LocalDate date, LocalDate previousDate) {

  static Fact of(String kind, Instant validAt) {
    return new Fact(kind, "", validAt, null, null, null, null, null, null);
  }

  Fact item(String id) {
    return new Fact(kind, id, validAt, text, previousText, number, previousNumber, date, previousDate);
  }

  Fact text(String value, String previous) {
    return new Fact(kind, itemId, validAt, value, previous, number, previousNumber, date, previousDate);
  }

  Fact number(BigDecimal value, BigDecimal previous) {
    return new Fact(kind, itemId, validAt, text, previousText, value, previous, date, previousDate);
  }

  Fact date(LocalDate value, LocalDate previous) {
    return new Fact(kind, itemId, validAt, text, previousText, number, previousNumber, value, previous);
  }
}
