package org.strategytracker.query.operations;

import static org.strategytracker.query.support.Measures.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.QueryServiceApplication;
import org.strategytracker.query.support.EventLog;

/**
 * A probe program, not a test: how fast the production rebuild ({@link ProjectionRebuilds}, one
 * projection after the other, as the admin endpoint starts them) fills every projection from an
 * event store of {@code args[0]} events (default 100,000). The store is filled with the write
 * load's mix — KPI values 40 %, progress reports 30 %, status changes 15 %, milestone reschedules
 * 15 % over measures that each have a milestone and a KPI — appended once through Axon for 500
 * measures and then copied as further measures in SQL. The live processors are stopped before the
 * copy, so the rebuilds have the machine to themselves. How to run it: docs/read-side.md.
 */
public final class RebuildProbe {

  private static final int MEASURES = 500;
  private static final int TEMPLATE_EVENTS = 10_000;

  private RebuildProbe() {}

  public static void main(String[] args) {
    long size = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    List<String> projections =
        args.length > 1
            ? List.of(args[1].split(","))
            : List.of("portfolio", "history", "kpi", "timeline");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(QueryServiceApplication.class)
            .web(WebApplicationType.NONE)
            .run("--tracker.database.embedded.ephemeral=true", "--logging.level.root=WARN")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      appendTemplate(new EventLog(context.getBean(EventStore.class)));
      context
          .getBean(EventProcessingConfiguration.class)
          .eventProcessors()
          .values()
          .forEach(EventProcessor::shutDown);
      grow(jdbc, size);
      ProjectionRebuilds rebuilds = context.getBean(ProjectionRebuilds.class);
      long events = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
      System.out.printf("%,d events in the store%n", events);
      long all = System.nanoTime();
      for (String projection : projections) {
        long started = System.nanoTime();
        RebuildStatus status = rebuilds.rebuildAndWait(projection, Duration.ofHours(2));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
            "%-10s %-6s %8.1f s %,10.0f events/s%n",
            projection, status.state(), seconds, events / seconds);
      }
      double seconds = (System.nanoTime() - all) / 1e9;
      System.out.printf(
          "all %d     %8.1f s %,10.0f events/s (each event once per projection: %,.0f handled/s)%n",
          projections.size(), seconds, events / seconds, events * projections.size() / seconds);
    }
    System.exit(0); // Axon's janitor thread would keep the JVM alive
  }

  /** 500 measures with a milestone and a KPI, then the write load's mix of updates. */
  private static void appendTemplate(EventLog log) {
    Random random = new Random(42);
    LocalDate day = LocalDate.of(2024, 1, 1);
    int[] values = new int[MEASURES];
    LocalDate[] due = new LocalDate[MEASURES];
    Status[] status = new Status[MEASURES];
    for (int i = 0; i < MEASURES; i++) {
      String id = "rp-" + i;
      log.append(id, registered(id, "Maßnahme " + i, "Digitale Verwaltung", "FB 61", 1 + i % 3));
      log.append(id, milestone(id, "m1", "Meilenstein 1", day.plusDays(i)));
      log.append(id, kpi(id, "k1", "Online-Dienste", "0", "100", day.plusYears(2)));
      log.append(id, status(id, Status.PLANNED, Status.IN_PROGRESS, "Start"));
      due[i] = day.plusDays(i);
      status[i] = Status.IN_PROGRESS;
    }
    for (int n = 4 * MEASURES; n < TEMPLATE_EVENTS; n++) {
      int i = random.nextInt(MEASURES);
      String id = "rp-" + i;
      MeasureId measure = new MeasureId(id);
      int kind = random.nextInt(100);
      if (kind < 40) {
        values[i]++;
        log.append(id, value(id, "k1", "v" + values[i], "" + values[i], day.plusDays(values[i])));
      } else if (kind < 70) {
        log.append(id, new ProgressReported(measure, kind, Health.GREEN, "läuft"));
      } else if (kind < 85) {
        Status to = status[i] == Status.IN_PROGRESS ? Status.ON_HOLD : Status.IN_PROGRESS;
        log.append(id, status(id, status[i], to, "Lage"));
        status[i] = to;
      } else {
        LocalDate next = due[i].plusDays(7);
        log.append(
            id, new MilestoneRescheduled(measure, new MilestoneId("m1"), due[i], next, "Verzug"));
        due[i] = next;
      }
    }
  }

  /** Copies the template as further measures ({@code c7-rp-12}) until the store holds size. */
  private static void grow(JdbcClient jdbc, long size) {
    long count = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    int round = 0;
    while (count < size) {
      round++;
      String prefix = "c" + round + "-";
      count +=
          jdbc.sql(
                  "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                      + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
                      + " meta_data) SELECT gen_random_uuid()::text, ? || aggregate_identifier,"
                      + " sequence_number, type, time_stamp, payload_type, payload_revision,"
                      + " convert_to(replace(convert_from(payload, 'UTF8'), '\"rp-', '\"' || ? || 'rp-'), 'UTF8'),"
                      + " meta_data FROM domain_event_entry WHERE aggregate_identifier LIKE 'rp-%'"
                      + " ORDER BY global_index LIMIT ?")
              .params(prefix, prefix, size - count)
              .update();
    }
    jdbc.sql("ANALYZE domain_event_entry").update();
  }
}
