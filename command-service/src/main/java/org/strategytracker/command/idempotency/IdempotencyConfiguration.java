package org.strategytracker.command.idempotency;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the idempotency check in front of every command handler. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  @Bean
  IdempotencyStore idempotencyStore(JdbcClient jdbc) {
    return new IdempotencyStore(jdbc);
  }

  /** Registered here rather than as an interceptor bean, so Axon's auto-configuration does not add it twice. */
  @Bean
  SmartInitializingSingleton idempotentCommandsRegistration(CommandBus commandBus, IdempotencyStore store) {
    return () -> commandBus.registerHandlerInterceptor(new IdempotentCommands(store));
  }
}
