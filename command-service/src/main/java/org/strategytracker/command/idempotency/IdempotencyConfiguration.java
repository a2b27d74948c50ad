package org.strategytracker.command.idempotency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store behind idempotency keys. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  @Bean
  IdempotencyStore idempotencyStore(JdbcClient jdbc) {
    return new IdempotencyStore(jdbc);
  }
}
