package org.strategytracker.command.actor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The header stand-in applies until another {@link ActorResolver} is declared. */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ActorResolver actorResolver() {
    return new HeaderActorResolver();
  }
}
