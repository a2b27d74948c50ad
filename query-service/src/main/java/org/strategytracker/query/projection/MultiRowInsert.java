package org.strategytracker.query.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Many executions of one {@code INSERT INTO … VALUES (…) [ON CONFLICT …]} as one statement with
 * many rows, which PostgreSQL executes in a fraction of the time it takes for the same rows one
 * statement each (what pgjdbc's {@code reWriteBatchedInserts} does, for the projections' writes
 * only). Only statements whose parameters are all inside the {@code VALUES} list qualify.
 */
final class MultiRowInsert {

  /** pgjdbc sends at most this many parameters with one statement. */
  private static final int MAX_PARAMETERS = 32_767;

  private static final int MAX_ROWS = 1_000;

  private final String head;
  private final String rows;
  private final String tail;
  private final int parameters;

  private MultiRowInsert(String head, String rows, String tail, int parameters) {
    this.head = head;
    this.rows = rows;
    this.tail = tail;
    this.parameters = parameters;
  }

  static Optional<MultiRowInsert> of(String sql) {
    int values = sql.indexOf(" VALUES ");
    if (!sql.startsWith("INSERT INTO ") || values < 0 || values != sql.lastIndexOf(" VALUES ")) {
      return Optional.empty();
    }
    int conflict = sql.lastIndexOf(" ON CONFLICT ");
    int end = conflict > values ? conflict : sql.length();
    String head = sql.substring(0, values + " VALUES ".length());
    String rows = sql.substring(head.length(), end);
    String tail = sql.substring(end);
    if (head.indexOf('?') >= 0 || tail.indexOf('?') >= 0 || (rows + tail).contains(" RETURNING")) {
      return Optional.empty();
    }
    return Optional.of(new MultiRowInsert(head, rows, tail, count(rows)));
  }

  /** The statements (each with its parameters) that insert all {@code executions}. */
  List<Statement> statements(List<Object[]> executions) {
    int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / Math.max(1, parameters)));
    List<Statement> statements = new ArrayList<>();
    for (int from = 0; from < executions.size(); from += perStatement) {
      List<Object[]> chunk =
          executions.subList(from, Math.min(executions.size(), from + perStatement));
      StringBuilder sql = new StringBuilder(head);
      List<Object> params = new ArrayList<>(chunk.size() * parameters);
      for (Object[] execution : chunk) {
        sql.append(sql.length() > head.length() ? ", " : "").append(rows);
        params.addAll(Arrays.asList(execution));
      }
      statements.add(new Statement(sql.append(tail).toString(), params.toArray()));
    }
    return statements;
  }

  private static int count(String text) {
    return (int) text.chars().filter(c -> c == '?').count();
  }

  record Statement(String sql, Object[] params) {}
}
