package org.strategytracker.command.idempotency;

import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Answers a command whose idempotency key was seen before with the first outcome, without handling
 * it again. The outcome is stored inside the command's transaction: either the events and the key
 * are stored together, or neither is. Two concurrent first sends of one key collide on the key's
 * primary key, and the loser's transaction rolls back whole.
 */
public class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final IdempotencyStore store;
  private final AnnotationCommandTargetResolver targets =
      AnnotationCommandTargetResolver.builder().build();

  public IdempotentCommands(IdempotencyStore store) {
    this.store = store;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    CommandMessage<?> command = unitOfWork.getMessage();
    Object key = command.getMetaData().get(AuditMetadata.IDEMPOTENCY_KEY);
    if (key == null) {
      return chain.proceed();
    }
    String aggregateId = targets.resolveTarget(command).getIdentifier();
    Optional<StoredOutcome> earlier = store.find(key.toString());
    if (earlier.isPresent()) {
      StoredOutcome outcome = earlier.get();
      if (!outcome.commandType().equals(command.getCommandName())
          || !outcome.aggregateId().equals(aggregateId)) {
        throw RuleViolation.input(
            "Idempotency-Key",
            "key-reused",
            "Dieser Idempotency-Key wurde bereits für einen anderen Befehl verwendet.");
      }
      return outcome.result() == null ? null : Long.valueOf(outcome.result());
    }
    Object result = chain.proceed();
    store.record(
        key.toString(),
        new StoredOutcome(
            command.getCommandName(),
            aggregateId,
            result instanceof Number number ? number.toString() : null));
    return result;
  }
}
