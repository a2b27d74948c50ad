package org.strategytracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

  @Test
  void joinsTheRowsOfManyExecutionsIntoOneStatementAndKeepsTheConflictClause() {
    MultiRowInsert insert =
        MultiRowInsert.of(
                "INSERT INTO kpi_value_g2 (measure_id, value_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .orElseThrow();

    List<MultiRowInsert.Statement> statements =
        insert.statements(
            List.of(
                new Object[] {"m-1", "v1"},
                new Object[] {"m-2", null},
                new Object[] {"m-3", "v3"}));

    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).sql())
        .isEqualTo(
            "INSERT INTO kpi_value_g2 (measure_id, value_id) VALUES (?, ?), (?, ?), (?, ?)"
                + " ON CONFLICT DO NOTHING");
    assertThat(statements.get(0).params()).containsExactly("m-1", "v1", "m-2", null, "m-3", "v3");
  }

  @Test
  void splitsSoThatNoStatementCarriesMoreParametersThanTheDriverSends() {
    MultiRowInsert insert =
        MultiRowInsert.of("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)").orElseThrow();

    List<MultiRowInsert.Statement> statements =
        insert.statements(Collections.nCopies(2_500, new Object[] {1, 2, 3, 4}));

    assertThat(statements).hasSize(3);
    assertThat(statements)
        .allSatisfy(s -> assertThat(s.params().length).isLessThanOrEqualTo(4_000));
    assertThat(statements.stream().mapToInt(s -> s.params().length).sum()).isEqualTo(10_000);
  }

  @Test
  void leavesStatementsAloneThatAreNotPlainInsertsOfValues() {
    assertThat(MultiRowInsert.of("UPDATE t SET a = ? WHERE b = ?")).isEmpty();
    assertThat(
            MultiRowInsert.of(
                "WITH a AS (UPDATE t SET v = ? RETURNING 1) INSERT INTO u VALUES (?)"))
        .isEmpty();
    assertThat(MultiRowInsert.of("INSERT INTO t (a) SELECT ? FROM advanced")).isEmpty();
    assertThat(MultiRowInsert.of("INSERT INTO t (a) VALUES (?) RETURNING a")).isEmpty();
    assertThat(
            MultiRowInsert.of(
                "INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO UPDATE SET b = ?"))
        .isEmpty();
  }
}
