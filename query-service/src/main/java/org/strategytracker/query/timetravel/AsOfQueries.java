package org.strategytracker.query.timetravel;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.operations.TokenPositions;
import org.strategytracker.query.portfolio.KpiRows;
import org.strategytracker.query.portfolio.MeasureDetail.KpiView;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;
import org.strategytracker.query.portfolio.MilestoneRows;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.projection.Times;

/**
 * The portfolio as of a date, as known at a moment, from the timeline: four indexed queries
 * (measures, milestones, KPIs, collaborators), three of them at once, whatever the length of the
 * history. This is the entry point the benchmark times through {@code GET
 * /api/v1/measures?asOf=…&size=1000}.
 */
@Component
public class AsOfQueries {

  /**
   * Milestones and KPIs are read on two other connections while the measures are read, so that the
   * statements use both cores; two threads for all requests keep the pool and the CPU shared.
   */
  private static final ExecutorService PARALLEL =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "as-of-query");
            thread.setDaemon(true);
            return thread;
          });

  private final JdbcClient jdbc;
  private final CityToday today;
  private final TokenPositions tokens;

  AsOfQueries(JdbcClient jdbc, CityToday today, TokenPositions tokens) {
    this.jdbc = jdbc;
    this.today = today;
    this.tokens = tokens;
  }

  /**
   * The basis of an answer: as of {@code asOf} (default today), known at {@code knownAt} (default
   * now), never beyond what the timeline has processed, nor beyond {@code position} if given.
   */
  public Basis basis(LocalDate asOf, Instant knownAt, Long position) {
    LocalDate day = asOf == null ? today.date() : asOf;
    long processed = tokens.lowest(TimelineProjection.NAME).orElse(-1);
    long bound = processed;
    if (knownAt != null) {
      long known =
          jdbc.sql(
                  "SELECT global_index FROM timeline_position WHERE recorded_at <= ?"
                      + " ORDER BY recorded_at DESC, global_index DESC LIMIT 1")
              .param(Times.utc(knownAt))
              .query(Long.class)
              .optional()
              .orElse(-1L);
      bound = Math.min(bound, known);
    }
    if (position != null) {
      bound = Math.min(bound, position);
    }
    return new Basis(day, knownAt == null ? Instant.now() : knownAt, bound, processed);
  }

  /** Every measure registered by the as-of date, ordered by id. */
  public List<MeasureState> measures(Basis basis) {
    return states(basis, null);
  }

  public Optional<MeasureState> measure(Basis basis, String measureId) {
    return states(basis, measureId).stream().findFirst();
  }

  private List<MeasureState> states(Basis basis, String measureId) {
    Map<String, Object> params = params(basis, measureId);
    TimelineSql.Statements sql = statements(basis, params);
    CompletableFuture<Map<String, List<MilestoneView>>> milestones =
        CompletableFuture.supplyAsync(() -> milestones(sql, params, basis.asOf()), PARALLEL);
    CompletableFuture<Map<String, List<KpiView>>> kpis =
        CompletableFuture.supplyAsync(() -> kpis(sql, params), PARALLEL);
    PastCollaborators collaborators = new PastCollaborators();
    jdbc.sql(TimelineSql.COLLABORATORS)
        .params(params)
        .query(
            (ResultSet rs) -> {
              collaborators.apply(
                  rs.getString("measure_id"),
                  rs.getString("kind"),
                  rs.getString("text_value"),
                  rs.getString("text_value2"));
            });
    List<MeasureRow> rows = jdbc.sql(sql.measures()).params(params).query(MeasureRow::of).list();
    Map<String, List<MilestoneView>> milestonesById = milestones.join();
    Map<String, List<KpiView>> kpisById = kpis.join();
    return rows.stream()
        .map(
            row ->
                row.state(
                    collaborators.of(row.id()),
                    milestonesById.getOrDefault(row.id(), List.of()),
                    kpisById.getOrDefault(row.id(), List.of())))
        .toList();
  }

  /**
   * Probes by position when the position was recorded before the end of the as-of day, else by
   * valid time; both give the same rows ({@link TimelineSql}), one of them much faster.
   */
  TimelineSql.Statements statements(Basis basis, Map<String, Object> params) {
    Optional<OffsetDateTime> recorded =
        jdbc.sql(
                "SELECT recorded_at FROM timeline_position WHERE global_index <= :p"
                    + " ORDER BY global_index DESC LIMIT 1")
            .params(params)
            .query(OffsetDateTime.class)
            .optional();
    boolean byPosition =
        recorded.isPresent() && recorded.get().isBefore((OffsetDateTime) params.get("end"));
    return byPosition ? TimelineSql.BY_POSITION : TimelineSql.BY_VALID_TIME;
  }

  private Map<String, List<MilestoneView>> milestones(
      TimelineSql.Statements sql, Map<String, Object> params, LocalDate asOf) {
    Map<String, List<MilestoneView>> milestones = new HashMap<>();
    jdbc.sql(sql.milestones())
        .params(params)
        .query(
            (ResultSet rs) -> {
              milestones
                  .computeIfAbsent(rs.getString("measure_id"), k -> new ArrayList<>())
                  .add(MilestoneRows.view(rs, "item_id", asOf));
            });
    return milestones;
  }

  private Map<String, List<KpiView>> kpis(TimelineSql.Statements sql, Map<String, Object> params) {
    Map<String, List<KpiView>> kpis = new HashMap<>();
    jdbc.sql(sql.kpis())
        .params(params)
        .query(
            (ResultSet rs) -> {
              kpis.computeIfAbsent(rs.getString("measure_id"), k -> new ArrayList<>())
                  .add(KpiRows.view(rs, "item_id"));
            });
    return kpis;
  }

  Map<String, Object> params(Basis basis, String measureId) {
    Map<String, Object> params = new HashMap<>();
    params.put("end", Times.utc(basis.asOf().plusDays(1).atStartOfDay(today.zone()).toInstant()));
    params.put("asOf", basis.asOf());
    params.put("p", basis.position());
    params.put("zone", today.zone().getId());
    params.put("measure", measureId);
    return params;
  }
}
