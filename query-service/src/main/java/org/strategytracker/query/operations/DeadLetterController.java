package org.strategytracker.query.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.operations.DeadLetters.Letter;
import org.strategytracker.query.operations.DeadLetters.Retried;
import org.strategytracker.query.projection.ProjectionDefinition;

/** Shows the events a projection parked and retries them once the cause is fixed. */
@RestController
@RequestMapping(path = "/api/v1/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Betrieb")
class DeadLetterController {

  private static final int MAX_SEQUENCES_PER_RETRY = 10_000;

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;
  private final Set<String> groups;

  DeadLetterController(
      EventProcessingConfiguration processing,
      JdbcClient jdbc,
      List<ProjectionDefinition> projections) {
    this.processing = processing;
    this.jdbc = jdbc;
    this.groups =
        projections.stream()
            .map(ProjectionDefinition::name)
            .collect(Collectors.toUnmodifiableSet());
  }

  @GetMapping("/{group}")
  @Operation(summary = "Geparkte Ereignisse einer Projektion mit Fehlerursache")
  DeadLetters letters(@PathVariable String group) {
    known(group);
    List<Letter> letters =
        jdbc.sql(
                "SELECT event_identifier, aggregate_identifier, sequence_number, payload_type,"
                    + " enqueued_at, cause_type, cause_message FROM dead_letter_entry"
                    + " WHERE processing_group = ?"
                    + " ORDER BY sequence_identifier, sequence_index")
            .param(group)
            .query(
                (rs, n) -> {
                  DeadLetterCause cause = DeadLetterCause.of(rs.getString(6), rs.getString(7));
                  return new Letter(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getLong(3) + 1,
                      simpleName(rs.getString(4)),
                      Instant.parse(rs.getString(5)),
                      cause.description(),
                      cause.type(),
                      cause.code());
                })
            .list();
    return new DeadLetters(group, letters.size(), letters);
  }

  @PostMapping("/{group}/retry")
  @Operation(summary = "Geparkte Ereignisse einer Projektion erneut verarbeiten")
  Retried retry(@PathVariable String group) {
    known(group);
    int processed =
        processing
            .sequencedDeadLetterProcessor(group)
            .map(
                processor -> {
                  int count = 0;
                  while (count < MAX_SEQUENCES_PER_RETRY && processor.processAny()) {
                    count++;
                  }
                  return count;
                })
            .orElse(0);
    long remaining =
        jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
            .param(group)
            .query(Long.class)
            .single();
    return new Retried(group, processed, remaining);
  }

  private void known(String group) {
    if (!groups.contains(group)) {
      throw RuleViolation.notFound(
          "group", "unknown-projection", "Diese Projektion gibt es nicht: " + group);
    }
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
