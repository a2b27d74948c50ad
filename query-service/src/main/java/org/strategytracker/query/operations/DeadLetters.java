package org.strategytracker.query.operations;

import java.time.Instant;
import java.util.List;

/**
 * Events a projection could not process, parked in Axon's dead-letter queue so that the events of
 * other measures keep flowing. Later events of the same measure wait behind them, in order.
 */
public record DeadLetters(String group, long count, List<Letter> letters) {

  /**
   * One parked event and why it failed: a German sentence, the exception's class name and the
   * database's SQLState (null if it gave none); never the SQL statement.
   */
  public record Letter(
      String eventId,
      String measureId,
      long version,
      String eventType,
      Instant enqueuedAt,
      String cause,
      String causeType,
      String causeCode) {}

  /** What a retry did: how many measures' sequences went through and how many letters are left. */
  public record Retried(String group, int sequencesProcessed, long remaining) {}
}
