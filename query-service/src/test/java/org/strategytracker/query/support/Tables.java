package org.strategytracker.query.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whole read-model tables as sorted JSON rows, to compare what two builds produced. */
public final class Tables {

  private Tables() {}

  public static List<String> contents(JdbcClient jdbc, String view) {
    return jdbc.sql("SELECT to_jsonb(t)::text FROM " + view + " t ORDER BY 1")
        .query(String.class)
        .list();
  }

  public static int generation(JdbcClient jdbc, String projection) {
    return jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ?")
        .param(projection)
        .query(Integer.class)
        .single();
  }
}
