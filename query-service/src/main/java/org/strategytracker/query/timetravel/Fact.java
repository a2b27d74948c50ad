package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing an event states, as the timeline stores it. Which value columns a kind uses:
 *
 * <ul>
 *   <li>{@code REGISTERED}, {@code DETAILS}: title, field of action; {@code DESCRIPTION}:
 *       description, measurability;
 *   <li>{@code COLLABORATORS}: the collaborators at registration (a JSON array of name and kind);
 *       {@code COLLABORATOR_ADDED}, {@code COLLABORATOR_REMOVED}: name, kind;
 *   <li>{@code LEAD_UNIT}: unit, previous unit; {@code PRIORITY}: priority, previous priority;
 *   <li>{@code STATUS}: status, previous status; {@code PERIOD}: text, kind, start, end (in the two
 *       date columns);
 *   <li>{@code PROGRESS}: health, comment, percent complete;
 *   <li>{@code MILESTONE}: title, planned due date; {@code MILESTONE_DUE}: due date, previous due
 *       date, slips so far (counted when written); {@code MILESTONE_REACHED}: reached on, comment;
 *       {@code MILESTONE_DROPPED}: nothing;
 *   <li>{@code KPI}: name, direction, unit (in {@code note}), target, baseline, target date; {@code
 *       KPI_TARGET}: target, previous target, target date, previous target date;
 *   <li>{@code KPI_VALUE}: value, observed on; {@code KPI_CORRECTION}: value, previous value,
 *       observed on, previous observed on;
 *   <li>{@code OTHER}: any other event about the measure, which still counts as an update.
 * </ul>
 */
record Fact(
    String kind,
    String itemId,
    Instant validAt,
    String text,
    String previousText,
    String note,
    BigDecimal number,
    BigDecimal previousNumber,
    LocalDate date,
    LocalDate previousDate) {

  static Fact of(String kind, Instant validAt) {
    return new Fact(kind, "", validAt, null, null, null, null, null, null, null);
  }

  Fact item(String id) {
    return new Fact(
        kind, id, validAt, text, previousText, note, number, previousNumber, date, previousDate);
  }

  Fact text(String value, String previous) {
    return new Fact(
        kind, itemId, validAt, value, previous, note, number, previousNumber, date, previousDate);
  }

  Fact note(String value) {
    return new Fact(
        kind,
        itemId,
        validAt,
        text,
        previousText,
        value,
        number,
        previousNumber,
        date,
        previousDate);
  }

  Fact number(BigDecimal value, BigDecimal previous) {
    return new Fact(
        kind, itemId, validAt, text, previousText, note, value, previous, date, previousDate);
  }

  Fact date(LocalDate value, LocalDate previous) {
    return new Fact(
        kind, itemId, validAt, text, previousText, note, number, previousNumber, value, previous);
  }
}
