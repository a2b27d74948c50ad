package org.strategytracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.strategytracker.query.support.Measures.milestone;
import static org.strategytracker.query.support.Measures.registered;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.CollaboratorAdded;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.events.measure.MilestoneRescheduled;
import org.strategytracker.query.support.EventLog;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;

/**
 * The portfolio's writes go to the database in JDBC batches; when one event's statement fails, the
 * whole batch is rolled back and retried one event at a time, so that only that event is
 * dead-lettered. The processor is stopped while the events are appended, so that they arrive in one
 * batch per segment; a trigger refuses the milestone update of one measure among twenty.
 */
@QueryServiceTest
class BatchedWritesIntegrationTest {

  static final LocalDate DUE = LocalDate.of(2026, 3, 1);

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;

  @Test
  void deadLettersAPoisonEventInTheMiddleOfABatchAloneAndWritesTheOthersExactlyOnce() {
    QueryApi api = new QueryApi(port);
    EventLog log = new EventLog(eventStore);
    String prefix = "batch-" + System.nanoTime() % 100000 + "-";
    List<String> measures =
        java.util.stream.IntStream.range(0, 20).mapToObj(i -> prefix + i).toList();
    String poisoned = measures.get(10);
    for (String id : measures) {
      log.append(id, registered(id, "Stapel " + id, "Sonstiges", "FB 61", 2));
      log.append(id, milestone(id, "m1", "Phase 1", DUE));
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> milestones(prefix, 0) == 20);
    refuseMilestoneUpdatesOf(poisoned);
    StreamingEventProcessor portfolio =
        processing.eventProcessor("portfolio", StreamingEventProcessor.class).orElseThrow();

    portfolio.shutDown();
    for (String id : measures) {
      log.append(
          id,
          new MilestoneRescheduled(
              new MeasureId(id), new MilestoneId("m1"), DUE, DUE.plusDays(30), "Verzug"));
    }
    portfolio.start();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> milestones(prefix, 1) == 19 && deadLetters(poisoned) == 1);
    assertThat(deadLetters(prefix + "%")).isEqualTo(1);
    assertThat(milestones(prefix, 0)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM portfolio_measure WHERE measure_id LIKE ? AND version = 3")
                .param(prefix + "%")
                .query(Long.class)
                .single())
        .isEqualTo(19);

    jdbc.sql("DROP TRIGGER refuse_reschedule ON " + table("portfolio_milestone")).update();
    assertThat(
            api.post("/api/v1/admin/dead-letters/portfolio/retry").json().get("remaining").asInt())
        .isZero();
    assertThat(milestones(prefix, 1)).isEqualTo(20);
  }

  @Test
  void deadLettersAPoisonEventAloneWhenItFailsWhileReadingInTheMiddleOfABatch() {
    EventLog log = new EventLog(eventStore);
    String prefix = "read-" + System.nanoTime() % 100000 + "-";
    List<String> measures =
        java.util.stream.IntStream.range(0, 20).mapToObj(i -> prefix + i).toList();
    String poisoned = measures.get(7);
    for (String id : measures) {
      log.append(id, registered(id, "Stapel " + id, "Sonstiges", "FB 61", 2));
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> measures(prefix, 1) == 20);
    jdbc.sql(
            "CREATE OR REPLACE FUNCTION refuse_collaborator() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.measure_id = '"
                + poisoned
                + "' AND NEW.collaborators <> OLD.collaborators THEN"
                + " RAISE EXCEPTION 'Mitwirkende abgelehnt'; END IF; RETURN NEW; END $$"
                + " LANGUAGE plpgsql")
        .update();
    jdbc.sql(
            "CREATE TRIGGER refuse_collaborator BEFORE UPDATE ON "
                + table("portfolio_measure")
                + " FOR EACH ROW EXECUTE FUNCTION refuse_collaborator()")
        .update();
    StreamingEventProcessor portfolio =
        processing.eventProcessor("portfolio", StreamingEventProcessor.class).orElseThrow();

    portfolio.shutDown();
    for (String id : measures) {
      log.append(id, new CollaboratorAdded(new MeasureId(id), Collaborator.unit("FB 20")));
    }
    portfolio.start();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> measures(prefix, 2) == 19 && deadLetters(poisoned) == 1);
    jdbc.sql("DROP TRIGGER refuse_collaborator ON " + table("portfolio_measure")).update();
    assertThat(deadLetters(prefix + "%")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM portfolio_measure WHERE measure_id LIKE ?"
                        + " AND collaborators LIKE '%FB 20%'")
                .param(prefix + "%")
                .query(Long.class)
                .single())
        .isEqualTo(19);
  }

  /** Measures of the test at {@code version}. */
  private long measures(String prefix, int version) {
    return jdbc.sql(
            "SELECT count(*) FROM portfolio_measure WHERE measure_id LIKE ? AND version = ?")
        .params(prefix + "%", version)
        .query(Long.class)
        .single();
  }

  private void refuseMilestoneUpdatesOf(String measure) {
    jdbc.sql(
            "CREATE OR REPLACE FUNCTION refuse_reschedule() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.measure_id = '"
                + measure
                + "' THEN RAISE EXCEPTION 'Verschiebung abgelehnt'; END IF; RETURN NEW; END $$"
                + " LANGUAGE plpgsql")
        .update();
    jdbc.sql(
            "CREATE TRIGGER refuse_reschedule BEFORE UPDATE ON "
                + table("portfolio_milestone")
                + " FOR EACH ROW EXECUTE FUNCTION refuse_reschedule()")
        .update();
  }

  /** Milestones of the test's measures that slipped exactly {@code times}. */
  private long milestones(String prefix, int times) {
    return jdbc.sql(
            "SELECT count(*) FROM portfolio_milestone WHERE measure_id LIKE ? AND times_slipped = ?")
        .params(prefix + "%", times)
        .query(Long.class)
        .single();
  }

  private long deadLetters(String measurePattern) {
    return jdbc.sql(
            "SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'portfolio'"
                + " AND aggregate_identifier LIKE ?")
        .param(measurePattern)
        .query(Long.class)
        .single();
  }

  private String table(String name) {
    return new Tables(
            jdbc.sql("SELECT generation FROM projection_generation WHERE projection = 'portfolio'")
                .query(Integer.class)
                .single())
        .of(name);
  }
}
