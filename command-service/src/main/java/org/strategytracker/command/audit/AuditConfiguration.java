package org.strategytracker.command.audit;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the hash chain, its verification and anchors. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

  @Bean
  AuditChain auditChain(JdbcClient jdbc) {
    return new AuditChain(jdbc);
  }

  @Bean
  AuditChainVerifier auditChainVerifier(DataSource dataSource) {
    return new AuditChainVerifier(dataSource);
  }

  @Bean
  AuditAnchors auditAnchors(AuditChain chain, JdbcClient jdbc, MeterRegistry meters) {
    return new AuditAnchors(chain, jdbc, meters);
  }

  @Bean
  @ConditionalOnProperty("tracker.audit.verify-chain")
  ChainVerificationRunner chainVerificationRunner(
      AuditChainVerifier verifier, ApplicationContext context) {
    return new ChainVerificationRunner(verifier, context);
  }
}
