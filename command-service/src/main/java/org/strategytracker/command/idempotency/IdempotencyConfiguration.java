package org.strategytracker.command.idempotency;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strategytracker.command.actor.ActorResolver;

/**
 * Idempotency keys on every command endpoint of a measure: one filter around the HTTP exchange,
 * after the security filters (it needs the signed-in actor), and its store.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  @Bean
  IdempotencyStore idempotencyStore(JdbcClient jdbc) {
    return new IdempotencyStore(jdbc);
  }

  @Bean
  FilterRegistrationBean<IdempotentRequests> idempotentRequests(
      IdempotencyStore store,
      ActorResolver actors,
      PlatformTransactionManager transactions,
      @Qualifier("measureCache") Cache measureCache) {
    FilterRegistrationBean<IdempotentRequests> registration =
        new FilterRegistrationBean<>(
            new IdempotentRequests(
                store, actors, new TransactionTemplate(transactions), measureCache));
    registration.addUrlPatterns("/api/v1/measures/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  @Bean
  WebMvcConfigurer idempotencyRejections() {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyRejections());
      }
    };
  }
}
