package org.strategytracker.command.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.Repository;
import org.strategytracker.command.actor.Actor;
import org.strategytracker.command.measure.Measure;
import org.strategytracker.command.measure.RegisterMeasure;
import org.strategytracker.command.measure.Responsibility;

/**
 * Applies the {@link AccessPolicy} before a command reaches its handler. It reads who leads and who
 * collaborates from the measure itself, loaded in the command's own unit of work, so the decision
 * and the change see the same state.
 */
public class MeasureAccessControl implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final Repository<Measure> measures;
  private final AnnotationCommandTargetResolver targets =
      AnnotationCommandTargetResolver.builder().build();

  public MeasureAccessControl(Repository<Measure> measures) {
    this.measures = measures;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    CommandMessage<?> command = unitOfWork.getMessage();
    Actor actor = Actor.fromMetadata(command.getMetaData());
    if (command.getPayload() instanceof RegisterMeasure) {
      AccessPolicy.checkRegistration(actor);
    } else {
      Responsibility responsibility =
          measures
              .load(targets.resolveTarget(command).getIdentifier())
              .invoke(Measure::responsibility);
      AccessPolicy.check(actor, command.getPayload(), responsibility);
    }
    return chain.proceed();
  }
}
