package org.strategytracker.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers every error of every service as problem+json, and every answer in the one charset JSON
 * has: the controller advice for failures in controllers, the error page for failures that leave
 * the servlet, Tomcat's error report for requests it refuses itself, and the firewall's handler for
 * requests Spring Security refuses before its filters run.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class})
public class ProblemDetailsConfiguration {

  @Bean
  FilterRegistrationBean<JsonAcceptFilter> jsonAcceptFilter() {
    FilterRegistrationBean<JsonAcceptFilter> registration =
        new FilterRegistrationBean<>(new JsonAcceptFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  TomcatProblemReports tomcatProblemReports() {
    return new TomcatProblemReports();
  }

  @Bean
  RequestRejectedHandler firewallRejections() {
    return new FirewallRejections();
  }
}
