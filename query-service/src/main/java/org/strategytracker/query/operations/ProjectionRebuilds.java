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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.ProjectionDefinition;
import org.strategytracker.query.projection.Times;

/**
 * Rebuilds a projection from the event store without downtime: a new generation of its tables is
 * filled beside the live one by a processor of its own, and once it has caught up, the views are
 * switched to it and the old tables dropped (see docs/read-side.md). The API keeps answering from
 * the live tables all the while. One rebuild per projection at a time.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

  private final Map<String, ProjectionDefinition> projections;
  private final JdbcClient jdbc;
  private final RebuildRunner runner;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(r -> new Thread(r, "projection-rebuild"));
  private final Map<String, CompletableFuture<RebuildStatus>> running = new ConcurrentHashMap<>();

  ProjectionRebuilds(
      List<ProjectionDefinition> projections, JdbcClient jdbc, RebuildRunner runner) {
    this.projections =
        projections.stream()
            .collect(Collectors.toMap(ProjectionDefinition::name, Function.identity()));
    this.jdbc = jdbc;
    this.runner = runner;
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
    CompletableFuture<RebuildStatus> current = running.get(name);
    if (current != null && !current.isDone()) {
      throw RuleViolation.state(
          "name", "rebuild-running", "Die Projektion " + name + " wird bereits neu aufgebaut.");
    }
    int live =
        jdbc.sql("SELECT generation FROM projection_generation WHERE projection = ?")
            .param(name)
            .query(Integer.class)
            .single();
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "INSERT INTO projection_rebuild (rebuild_id, projection, generation, state, head, started_at)"
                + " VALUES (?, ?, ?, 'RUNNING', ?, ?)")
        .params(id, name, live + 1, runner.head(), Times.utc(Instant.now()))
        .update();
    running.put(
        name,
        CompletableFuture.supplyAsync(
            () -> {
              runner.run(id, projection, live + 1);
              return status(id).orElseThrow();
            },
            executor));
    return status(id).orElseThrow();
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
                    rs.getString("message")))
        .optional();
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
