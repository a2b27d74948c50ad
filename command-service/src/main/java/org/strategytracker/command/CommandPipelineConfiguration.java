package org.strategytracker.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategytracker.command.access.MeasureAccessControl;
import org.strategytracker.command.measure.Measure;

/**
 * What every command passes before its handler, inside its transaction: access control. (Retries
 * with an idempotency key are answered before the command is sent, by {@code IdempotentRequests}.)
 * Registered here rather than as an interceptor bean, so that Axon's auto-configuration does not
 * add it a second time.
 */
@Configuration(proxyBeanMethods = false)
class CommandPipelineConfiguration {

  @Bean
  SmartInitializingSingleton commandPipeline(
      CommandBus commandBus, Repository<Measure> measureRepository) {
    return () -> commandBus.registerHandlerInterceptor(new MeasureAccessControl(measureRepository));
  }
}
