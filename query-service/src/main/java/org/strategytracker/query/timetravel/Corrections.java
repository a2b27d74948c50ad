package org.strategytracker.query.timetravel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How the state of a measure as of a date, as known at {@code knownAt}, differs from the same date
 * with everything recorded since ({@code now}): the fields that differ, and the late entries and
 * corrections that made them differ, with when, why and by whom (the actor id only for roles that
 * may see identities; everyone sees the unit).
 */
public record Corrections(
    String measureId,
    Basis knownAt,
    Basis now,
    List<Difference> differences,
    List<LateEntry> lateEntries) {

  /**
   * One field whose value as of the date changed after {@code knownAt}; {@code item} names a
   * milestone or KPI.
   */
  public record Difference(String field, String item, String then, String now) {}

  /** An entry recorded after {@code knownAt} that concerns the as-of date or earlier. */
  public record LateEntry(
      long position,
      String kind,
      String item,
      Instant recordedAt,
      Instant validAt,
      String value,
      String previousValue,
      BigDecimal number,
      BigDecimal previousNumber,
      String actorId,
      String actorUnit,
      String reason) {}
}
