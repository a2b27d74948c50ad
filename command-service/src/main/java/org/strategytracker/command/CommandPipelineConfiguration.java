package org.strategytracker.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategytracker.command.access.MeasureAccessControl;
import org.strategytracker.command.idempotency.IdempotencyStore;
import org.strategytracker.command.idempotency.IdempotentCommands;
import org.strategytracker.command.measure.Measure;

/**
 * What every command passes before its handler, in this order and inside its transaction: access
 * control, then the idempotency check. Registered here rather than as interceptor beans, so that
 * Axon's auto-configuration does not add them a second time.
 */
@Configuration(proxyBeanMethods = false)
class CommandPipelineConfiguration {

  @Bean
  SmartInitializingSingleton commandPipeline(
      CommandBus commandBus, Repository<Measure> measureRepository, IdempotencyStore idempotency) {
    return () -> {
      commandBus.registerHandlerInterceptor(new MeasureAccessControl(measureRepository));
      commandBus.registerHandlerInterceptor(new IdempotentCommands(idempotency));
    };
  }
}
