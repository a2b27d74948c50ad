package org.strategytracker.command.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answers to requests sent with an idempotency key, per actor and key. Every call runs in the
 * request's transaction, so a claimed key and the command's events commit or roll back together.
 */
public class IdempotencyStore {

  private final JdbcClient jdbc;

  public IdempotencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the key for this request; false if it was claimed before. A concurrent claim of the same
   * key waits here until the first transaction ends, and then gets false (it committed) or true (it
   * rolled back).
   */
  boolean claim(String actorId, String key, String requestSha256) {
    return jdbc.sql(
                "INSERT INTO command_idempotency (actor_id, idempotency_key, request_sha256)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .params(actorId, key, requestSha256)
            .update()
        == 1;
  }

  Optional<StoredAnswer> find(String actorId, String key) {
    return jdbc.sql(
            "SELECT request_sha256, status, content_type, location, etag, body"
                + " FROM command_idempotency WHERE actor_id = ? AND idempotency_key = ?"
                + " AND status IS NOT NULL")
        .params(actorId, key)
        .query(
            (rs, row) ->
                new StoredAnswer(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBytes(6)))
        .optional();
  }

  void complete(String actorId, String key, StoredAnswer answer) {
    jdbc.sql(
            "UPDATE command_idempotency SET status = ?, content_type = ?, location = ?, etag = ?,"
                + " body = ? WHERE actor_id = ? AND idempotency_key = ?")
        .params(
            answer.status(),
            answer.contentType(),
            answer.location(),
            answer.etag(),
            answer.body(),
            actorId,
            key)
        .update();
  }
}
