package org.strategytracker.command.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps the outcome of each command that came with an idempotency key. */
public class IdempotencyStore {

  private final JdbcClient jdbc;

  public IdempotencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredOutcome> find(String key) {
    return jdbc.sql(
            "SELECT command_type, aggregate_id, result FROM command_idempotency WHERE idempotency_key = ?")
        .param(key)
        .query((rs, row) -> new StoredOutcome(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  void record(String key, StoredOutcome outcome) {
    jdbc.sql(
            "INSERT INTO command_idempotency (idempotency_key, command_type, aggregate_id, result) VALUES (?, ?, ?, ?)")
        .params(key, outcome.commandType(), outcome.aggregateId(), outcome.result())
        .update();
  }
}
