package org.strategytracker.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Answers every error of every service as problem+json, and every answer in the one charset JSON
 * has.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsConfiguration {

  @Bean
  FilterRegistrationBean<JsonAcceptFilter> jsonAcceptFilter() {
    FilterRegistrationBean<JsonAcceptFilter> registration =
        new FilterRegistrationBean<>(new JsonAcceptFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
