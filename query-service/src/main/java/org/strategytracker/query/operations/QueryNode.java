package org.strategytracker.query.operations;

import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This instance of the query service among the others on the same database: it reports itself alive
 * in {@code query_node} (driven by {@link SegmentBalancer}'s heartbeat), and an instance that has
 * not reported for a node timeout is gone. Segment sharing and the takeover of interrupted rebuilds
 * both rely on it.
 */
@Component
class QueryNode {

  private final String id = UUID.randomUUID().toString();
  private final JdbcClient jdbc;
  private final Duration timeout;

  QueryNode(
      JdbcClient jdbc, @Value("${tracker.query.balancing.node-timeout:5s}") Duration timeout) {
    this.jdbc = jdbc;
    this.timeout = timeout;
  }

  String id() {
    return id;
  }

  Duration timeout() {
    return timeout;
  }

  void reportAlive() {
    jdbc.sql(
            "INSERT INTO query_node (node_id, last_seen) VALUES (?, now())"
                + " ON CONFLICT (node_id) DO UPDATE SET last_seen = now()")
        .param(id)
        .update();
  }

  /** How many instances reported within the node timeout. */
  long alive() {
    return jdbc.sql(
            "SELECT count(*) FROM query_node WHERE last_seen > now() - make_interval(secs => ?)")
        .param(seconds(timeout))
        .query(Long.class)
        .single();
  }

  /** Forgets instances that have been gone for ten node timeouts. */
  void forgetLongGone() {
    jdbc.sql("DELETE FROM query_node WHERE last_seen < now() - make_interval(secs => ?)")
        .param(seconds(timeout.multipliedBy(10)))
        .update();
  }

  void leave() {
    jdbc.sql("DELETE FROM query_node WHERE node_id = ?").param(id).update();
  }

  static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
