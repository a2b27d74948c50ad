package org.strategytracker.command.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.strategytracker.platform.eventstore.EventSeal;

/**
 * Wiring of the seals, the hash chain, its verification and anchors.
 *
 * <p>Keys ({@code tracker.audit.key-dir}) and exported anchors ({@code tracker.audit.anchor-dir})
 * live beside the embedded database's folder, not inside it: by default {@code data/keys} and
 * {@code data/anchors} next to {@code data/postgres}. With a throw-away database (tests) they are
 * throw-away folders too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

  @Bean
  AuditKeys auditKeys(Environment environment, JdbcClient jdbc) {
    return AuditKeys.inFolder(folder(environment, "key-dir", "keys"), () -> storedSoFar(jdbc));
  }

  /** Seals every appended event; the event store picks it up (see the platform's event store). */
  @Bean
  EventSeal eventSeal(AuditKeys keys) {
    return keys.seal();
  }

  @Bean
  Seals seals(EventSeal seal, AuditKeys keys) {
    return new Seals(seal, keys.before().lastUnsealedIndex());
  }

  @Bean
  AuditChain auditChain(JdbcClient jdbc, Seals seals) {
    return new AuditChain(jdbc, seals);
  }

  @Bean
  AuditChainVerifier auditChainVerifier(
      DataSource dataSource, Seals seals, AuditAnchors anchors, AuditKeys keys) {
    return new AuditChainVerifier(dataSource, seals, anchors, keys);
  }

  @Bean
  AuditAnchors auditAnchors(
      AuditChain chain,
      JdbcClient jdbc,
      AuditKeys keys,
      MeterRegistry meters,
      Environment environment) {
    return new AuditAnchors(
        chain, jdbc, keys, folder(environment, "anchor-dir", "anchors"), meters);
  }

  @Bean
  @ConditionalOnProperty("tracker.audit.verify-chain")
  ChainVerificationRunner chainVerificationRunner(
      AuditChainVerifier verifier, AuditKeys keys, ApplicationContext context) {
    return new ChainVerificationRunner(verifier, keys, context);
  }

  /** What an existing store holds when the keys are made; nothing while it is not migrated yet. */
  private static AuditKeys.Before storedSoFar(JdbcClient jdbc) {
    try {
      return new AuditKeys.Before(
          jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
              .query(Long.class)
              .single(),
          jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_anchor").query(Long.class).single());
    } catch (DataAccessException tablesNotThereYet) {
      return new AuditKeys.Before(0, 0);
    }
  }

  private static Path folder(Environment environment, String property, String name) {
    String configured = environment.getProperty("tracker.audit." + property);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (environment.getProperty("tracker.database.embedded.ephemeral", Boolean.class, false)) {
      try {
        return Files.createTempDirectory("tracker-audit-").resolve(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path database =
        Path.of(
                environment.getProperty(
                    "tracker.database.embedded.data-directory", "data/postgres"))
            .toAbsolutePath();
    return database.getParent().resolve(name);
  }
}
