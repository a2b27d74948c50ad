package org.strategytracker.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements of one processor batch, in the order the handlers issued them, each with the
 * sequence it belongs to (the measure). {@link #flush} sends them as few JDBC batches as it can:
 * statements of different measures may run in any order — events of different measures already run
 * in parallel segments in any order — so it only keeps each measure's statements in order. The n-th
 * statement of every measure goes into round n, and within a round the statements with the same SQL
 * go as one batch (one round trip for all the batch's KPI values, say).
 */
final class WriteBuffer {

  private record Write(Object sequence, String sql, Object[] params) {}

  private final List<Write> writes = new ArrayList<>();

  void add(Object sequence, String sql, Object[] params) {
    writes.add(new Write(sequence, sql, params));
  }

  /** How many statements are buffered, to drop a failed handler's statements again. */
  int size() {
    return writes.size();
  }

  void truncate(int size) {
    writes.subList(size, writes.size()).clear();
  }

  void flush(JdbcTemplate jdbc) {
    if (writes.isEmpty()) {
      return;
    }
    List<Map<String, List<Object[]>>> rounds = new ArrayList<>();
    Map<Object, Integer> next = new HashMap<>();
    for (Write write : writes) {
      int round = next.merge(write.sequence(), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new LinkedHashMap<>());
      }
      rounds.get(round).computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(write.params());
    }
    writes.clear();
    for (Map<String, List<Object[]>> round : rounds) {
      round.forEach(
          (sql, params) -> {
            Optional<MultiRowInsert> insert =
                params.size() > 1 ? MultiRowInsert.of(sql) : Optional.empty();
            if (insert.isPresent()) {
              insert.get().statements(params).forEach(s -> jdbc.update(s.sql(), s.params()));
            } else if (params.size() == 1) {
              jdbc.update(sql, params.get(0));
            } else {
              jdbc.batchUpdate(sql, params);
            }
          });
    }
  }
}
