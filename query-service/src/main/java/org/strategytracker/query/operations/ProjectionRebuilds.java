package org.strategytracker.query.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.Times;

/**
 * Rebuilds a projection from the event store without downtime: a new generation of its tables is
 * filled beside the live one by a processor of its own, and once it has caught up, the views are
 * switched to it and the old tables dropped (see docs/read-side.md). The API keeps answering from
 * the live tables all the while. One rebuild per projection at a time; an instance runs one rebuild
 * after the other (four at once exhausted the connection pool beside the live processors, and
 * rebuilds failed), the others wait their turn as RUNNING at position 0. A rebuild whose instance
 * is gone (killed, crashed, shut down) is taken over by another instance and finished.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

  private final Map<String, ProjectionDefinition> projections;
  private final JdbcClient jdbc;
  private final RebuildRunner runner;
  private final QueryNode node;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-rebuild"));
  private final Map<String, CompletableFuture<RebuildStatus>> running = new ConcurrentHashMap<>();

  ProjectionRebuilds(
      List<ProjectionDefinition> projections,
      JdbcClient jdbc,
      RebuildRunner runner,
      QueryNode node) {
    this.projections =
        projections.stream()
            .collect(Collectors.toMap(ProjectionDefinition::name, Function.identity()));
    this.jdbc = jdbc;
    this.runner = runner;
    this.node = node;
  }

  /** Starts a rebuild in the background and answers its status at once. */
  public synchronized RebuildStatus start(String name) {
    ProjectionDefinition projection = projections.get(name);
    if (projection == null) {
      throw RuleViolation.notFound(
          "name",
          "unknown-projection",
          "Diese Projektion gibt es nicht: "
              + name
              + " (bekannt: "
              + String.join(", ", projections.keySet())
              + ")");
    }
    if (runningHere(name) || runningAnywhere(name)) {
      throw alreadyRunning(name);
    }
    int live =
        jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ?")
            .param(name)
            .query(Integer.class)
            .single();
    String id = UUID.randomUUID().toString();
    try {
      jdbc.sql(
              "INSERT INTO projection_rebuild"
                  + " (rebuild_id, projection, generation, state, head, started_at, owner)"
                  + " VALUES (?, ?, ?, 'RUNNING', ?, ?, ?)")
          .params(id, name, live + 1, runner.head(), Times.utc(Instant.now()), node.id())
          .update();
    } catch (DuplicateKeyException e) {
      // another instance started one between the check and the insert (V7's unique index)
      throw alreadyRunning(name);
    }
    launch(id, name, () -> runner.run(id, projection, live + 1));
    return status(id).orElseThrow();
  }

  /**
   * Takes over every rebuild that is still running on paper but whose instance is gone (no
   * heartbeat within the node timeout), and finishes it here. Two instances may find the same one;
   * the owner column decides which takes it.
   */
  public synchronized void resumeInterrupted() {
    jdbc
        .sql(
            "SELECT rebuild_id, projection, generation, owner FROM projection_rebuild r"
                + " WHERE state = 'RUNNING' AND (owner IS NULL OR owner = ? OR NOT EXISTS"
                + " (SELECT 1 FROM query_node n WHERE n.node_id = r.owner"
                + " AND n.last_seen > now() - make_interval(secs => ?)))")
        .params(node.id(), QueryNode.seconds(node.timeout()))
        .query(
            (rs, n) ->
                new Interrupted(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
        .list()
        .stream()
        .filter(rebuild -> projections.containsKey(rebuild.projection()))
        .filter(rebuild -> !runningHere(rebuild.projection()))
        .filter(this::takeOver)
        .forEach(
            rebuild ->
                launch(
                    rebuild.id(),
                    rebuild.projection(),
                    () ->
                        runner.resume(
                            rebuild.id(),
                            projections.get(rebuild.projection()),
                            rebuild.generation())));
  }

  private boolean takeOver(Interrupted rebuild) {
    boolean mine =
        jdbc.sql(
                    "UPDATE projection_rebuild SET owner = ? WHERE rebuild_id = ?"
                        + " AND state = 'RUNNING' AND owner IS NOT DISTINCT FROM ?")
                .params(node.id(), rebuild.id(), rebuild.owner())
                .update()
            == 1;
    if (mine) {
      log.warn(
          "Rebuild {} of {} was interrupted (instance {} is gone); this instance finishes it",
          rebuild.id(),
          rebuild.projection(),
          rebuild.owner());
    }
    return mine;
  }

  private void launch(String id, String name, Runnable rebuild) {
    running.put(
        name,
        CompletableFuture.supplyAsync(
            () -> {
              rebuild.run();
              return status(id).orElseThrow();
            },
            executor));
  }

  private boolean runningHere(String name) {
    CompletableFuture<RebuildStatus> current = running.get(name);
    return current != null && !current.isDone();
  }

  private static RuleViolation alreadyRunning(String name) {
    return RuleViolation.state(
        "name", "rebuild-running", "Die Projektion " + name + " wird bereits neu aufgebaut.");
  }

  private boolean runningAnywhere(String name) {
    return jdbc.sql(
                "SELECT count(*) FROM projection_rebuild WHERE projection = ? AND state = 'RUNNING'")
            .param(name)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Rebuilds and waits until the new generation is live (for the command line). */
  public RebuildStatus rebuildAndWait(String name, Duration timeout) {
    RebuildStatus started = start(name);
    return running
        .get(name)
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(e -> status(started.id()).orElse(started))
        .join();
  }

  public Optional<RebuildStatus> status(String id) {
    return jdbc.sql("SELECT * FROM projection_rebuild WHERE rebuild_id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new RebuildStatus(
                    rs.getString("rebuild_id"),
                    rs.getString("projection"),
                    rs.getInt("generation"),
                    rs.getString("state"),
                    rs.getLong("position"),
                    rs.getLong("head"),
                    rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                    Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null),
                    rs.getString("message"),
                    rs.getObject("failed_position", Long.class)))
        .optional();
  }

  private record Interrupted(String id, String projection, int generation, String owner) {}

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
