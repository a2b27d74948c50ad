package org.strategytracker.command.actor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The actor of every command is the authenticated principal. */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

  @Bean
  ActorResolver actorResolver() {
    return new AuthenticatedActorResolver();
  }
}
