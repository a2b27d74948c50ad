package org.strategytracker.query.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored causes of parked events, as Axon keeps them, read without their SQL text. */
class DeadLetterCauseTest {

  @Test
  void namesARowRefusedByATriggerWithItsSqlStateAndWithoutTheStatement() {
    DeadLetterCause cause =
        DeadLetterCause.of(
            "org.springframework.jdbc.UncategorizedSQLException",
            "PreparedStatementCallback; uncategorized SQLException for SQL [INSERT INTO"
                + " portfolio_measure_g1 (measure_id, title) VALUES (?, ?)]; SQL state [P0001];"
                + " error code [0]; ERROR: Zeile abgelehnt");

    assertThat(cause.description())
        .isEqualTo("Eine Regel in der Datenbank (Trigger) hat die Zeile abgelehnt.");
    assertThat(cause.code()).isEqualTo("P0001");
    assertThat(cause.type()).isEqualTo("UncategorizedSQLException");
  }

  @Test
  void recognisesANulCharacterThatPostgresRefusedWithoutNamingTheState() {
    DeadLetterCause cause =
        DeadLetterCause.of(
            "org.springframework.dao.DataIntegrityViolationException",
            "PreparedStatementCallback; SQL [UPDATE history_entry_g2 SET reason = ? WHERE id = ?];"
                + " ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");

    assertThat(cause.description()).startsWith("Die Datenbank hat einen Wert des Ereignisses");
    assertThat(cause.code()).isEqualTo("22021");
    assertThat(cause.type()).isEqualTo("DataIntegrityViolationException");
  }

  @Test
  void describesAFailureOutsideTheDatabaseWithoutItsMessage() {
    DeadLetterCause cause =
        DeadLetterCause.of("java.lang.IllegalStateException", "unexpected milestone m-7 in x");

    assertThat(cause.description())
        .isEqualTo("Die Projektion konnte das Ereignis nicht verarbeiten.");
    assertThat(cause.code()).isNull();
    assertThat(cause.type()).isEqualTo("IllegalStateException");
  }
}
