package org.strategytracker.platform.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Axon components every service shares. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonPlatformConfiguration {

  /** Declared here because Axon's own default backs off as soon as any provider exists. */
  @Bean
  public CorrelationDataProvider messageOriginProvider() {
    return new MessageOriginProvider();
  }

  @Bean
  public CorrelationDataProvider auditCorrelationDataProvider() {
    return new AuditCorrelationDataProvider();
  }
}
