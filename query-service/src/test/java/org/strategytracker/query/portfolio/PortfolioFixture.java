package org.strategytracker.query.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.strategytracker.events.measure.Status;
import org.strategytracker.query.projection.Tables;
import org.strategytracker.query.support.Measures;
import org.strategytracker.query.support.ReadModelDatabase;

/**
 * Feeds the portfolio projection with events, counting each measure's sequence, for figures built
 * on it.
 */
public final class PortfolioFixture {

  private final PortfolioProjection measures;
  private final PortfolioPlanProjection plans;
  private final Map<String, Long> sequences = new HashMap<>();

  private PortfolioFixture(PortfolioRows rows) {
    this.measures = new PortfolioProjection(rows, new Tables(1), VersionSignal.NONE);
    this.plans = new PortfolioPlanProjection(rows, new Tables(1), VersionSignal.NONE);
  }

  public static PortfolioFixture on(ReadModelDatabase database) {
    return new PortfolioFixture(new PortfolioRows(database.jdbc(), database.writes()));
  }

  public void registered(String id, String field, String unit, int priority, Instant at) {
    measures.on(Measures.registered(id, "Maßnahme " + id, field, unit, priority), next(id), at);
  }

  public void started(String id, Instant at) {
    measures.on(Measures.status(id, Status.PLANNED, Status.IN_PROGRESS, "los"), next(id), at);
  }

  public void milestone(String id, String milestone, LocalDate due, Instant at) {
    plans.on(Measures.milestone(id, milestone, "Meilenstein " + milestone, due), next(id), at);
  }

  public void kpi(String id, String kpi, String target, LocalDate targetDate, Instant at) {
    plans.on(Measures.kpi(id, kpi, "Kennzahl " + kpi, "0", target, targetDate), next(id), at);
  }

  public void value(
      String id, String kpi, String valueId, String value, LocalDate observedOn, Instant at) {
    plans.on(Measures.value(id, kpi, valueId, value, observedOn), next(id), at);
  }

  private long next(String id) {
    return sequences.merge(id, 0L, (old, ignored) -> old + 1);
  }
}
