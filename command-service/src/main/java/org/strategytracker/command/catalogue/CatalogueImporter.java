package org.strategytracker.command.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strategytracker.command.actor.Actor;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Imports a catalogue through the same commands a person sends, so that each measure's history
 * starts with where it came from (source {@code import}, the document as reason).
 *
 * <p>All or nothing: every row is checked first and any problem rejects the file; then all commands
 * run in one database transaction, which Axon's unit of work joins, so a command the aggregate
 * rejects halfway rolls back the events of the commands before it.
 */
@Component
public class CatalogueImporter {

  private static final Logger log = LoggerFactory.getLogger(CatalogueImporter.class);

  private final CatalogueValidator validator;
  private final ImportPlanner planner;
  private final CommandGateway commandGateway;
  private final TransactionTemplate transaction;

  CatalogueImporter(
      CatalogueValidator validator,
      ImportPlanner planner,
      CommandGateway commandGateway,
      PlatformTransactionManager transactions) {
    this.validator = validator;
    this.planner = planner;
    this.commandGateway = commandGateway;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @param actor who imports: the importer itself at start, the requesting person through the API
   * @param dryRun report what would be recorded without recording it
   * @throws CatalogueRejected when the file has problems or the measure rejects a change; then
   *     nothing was recorded
   */
  public ImportReport importCatalogue(Catalogue catalogue, Actor actor, boolean dryRun) {
    List<ImportProblem> problems = validator.validate(catalogue);
    if (!problems.isEmpty()) {
      throw new CatalogueRejected(problems);
    }
    List<CatalogueEntry> entries = CatalogueEntry.of(catalogue);
    ImportPlan plan;
    try {
      plan =
          transaction.execute(
              status -> {
                ImportPlan planned = planner.plan(catalogue, entries);
                if (dryRun) {
                  status.setRollbackOnly();
                } else {
                  planned.commands.forEach(command -> send(command, actor));
                }
                return planned;
              });
    } catch (CommandRejected rejected) {
      throw new CatalogueRejected(List.of(rejected.problem()));
    }
    ImportReport report = plan.report(catalogue, dryRun);
    log.info(report.summary());
    report
        .notes()
        .forEach(
            note -> {
              if (report.events() > 0) {
                log.info("  {}", note);
              } else {
                log.debug("  {}", note);
              }
            });
    return report;
  }

  private void send(PlannedCommand planned, Actor actor) {
    Map<String, Object> metadata = new HashMap<>(actor.metadata());
    metadata.put(AuditMetadata.SOURCE, AuditMetadata.Source.IMPORT.value());
    metadata.put(AuditMetadata.REASON, planned.reason());
    try {
      commandGateway.sendAndWait(
          GenericCommandMessage.asCommandMessage(planned.command()).andMetaData(metadata));
    } catch (RuleViolation e) {
      throw new CommandRejected(
          ImportProblem.at(
              planned.origin(), e.field(), e.rule(), rejection(planned, e.getMessage())));
    } catch (AggregateStreamCreationException e) {
      throw new CommandRejected(
          ImportProblem.at(
              planned.origin(),
              "id",
              "already-exists",
              rejection(planned, "Die Maßnahme wurde gleichzeitig angelegt.")));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandRejected(
          ImportProblem.at(planned.origin(), "", "rejected", rejection(planned, e.getMessage())));
    }
  }

  private static String rejection(PlannedCommand planned, String message) {
    return "Die Maßnahme „"
        + planned.measureId()
        + "“ lehnt „"
        + planned.command().getClass().getSimpleName()
        + "“ ab: "
        + message
        + " Es wurde nichts importiert.";
  }

  /** Carries a rejected command out of the transaction, which rolls back on the way. */
  private static final class CommandRejected extends RuntimeException {

    private final ImportProblem problem;

    CommandRejected(ImportProblem problem) {
      super(problem.message());
      this.problem = problem;
    }

    ImportProblem problem() {
      return problem;
    }
  }
}
