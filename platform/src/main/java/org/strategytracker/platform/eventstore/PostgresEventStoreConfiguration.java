package org.strategytracker.platform.eventstore;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's event store, token store and dead-letter queue on PostgreSQL, declared explicitly.
 *
 * <p>It exists because Axon 4.13's own JDBC and transaction auto-configuration is ordered against
 * Spring Boot 3 class names: on Boot 4 it sees no DataSource and no transaction manager, and would
 * leave the application without an event store and without transactions. The tables are Flyway's
 * ({@code db/platform}), named in snake_case, with payloads as {@code bytea}.
 */
@AutoConfiguration(
    after = {
      DataSourceAutoConfiguration.class,
      DataSourceTransactionManagerAutoConfiguration.class
    },
    before = {
      AxonAutoConfiguration.class,
      JdbcAutoConfiguration.class,
      TransactionAutoConfiguration.class
    })
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties({TokenStoreProperties.class, EventProcessorProperties.class})
public class PostgresEventStoreConfiguration {

  @Bean
  public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
    return new SpringTransactionManager(transactionManager);
  }

  @Bean
  public Jackson3SerializerCustomizer trackerJsonMapper() {
    return new TrackerJsonMapper();
  }

  @Bean
  public ConnectionProvider connectionProvider(DataSource dataSource) {
    return new UnitOfWorkAwareConnectionProviderWrapper(
        new SpringDataSourceConnectionProvider(dataSource));
  }

  @Bean
  public PersistenceExceptionResolver persistenceExceptionResolver() {
    return new PostgresDuplicateKeyResolver();
  }

  @Bean
  public EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  /**
   * With Axon Server (the compose profile), Axon Server is the event store and this engine stands
   * back. Where the service that appends events declares an {@link EventSeal}, every event row is
   * sealed in its own INSERT.
   */
  @Bean
  @ConditionalOnProperty(
      name = "axon.axonserver.enabled",
      havingValue = "false",
      matchIfMissing = true)
  public EventStorageEngine eventStorageEngine(
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema,
      ObjectProvider<EventSeal> seal) {
    JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder();
    seal.ifAvailable(key -> builder.appendEvents(new SealingAppendStatement(key)));
    return new PostgresEventStorageEngine(
        builder
            .snapshotSerializer(serializer)
            .eventSerializer(eventSerializer)
            .upcasterChain(configuration.upcasterChain())
            .snapshotFilter(configuration.snapshotFilter())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(eventSchema)
            .dataType(byte[].class));
  }

  /**
   * The event store, as Axon's auto-configuration would declare it, but with streams that wake the
   * pooled processors on every commit (see {@link NotifyingEventStore}).
   */
  @Bean(name = "eventBus")
  @Qualifier("eventStore")
  @ConditionalOnProperty(
      name = "axon.axonserver.enabled",
      havingValue = "false",
      matchIfMissing = true)
  public EmbeddedEventStore eventStore(
      EventStorageEngine storageEngine,
      Configuration configuration,
      @Value("${tracker.events.poll-interval:500ms}") Duration pollInterval) {
    return new NotifyingEventStore(
        EmbeddedEventStore.builder()
            .storageEngine(storageEngine)
            .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
            .spanFactory(configuration.getComponent(EventBusSpanFactory.class)),
        pollInterval);
  }

  @Bean
  public TokenStore tokenStore(
      ConnectionProvider connectionProvider,
      Serializer serializer,
      TokenStoreProperties properties) {
    TokenSchema schema =
        TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();
    return JdbcTokenStore.builder()
        .connectionProvider(connectionProvider)
        .serializer(serializer)
        .schema(schema)
        .contentType(byte[].class)
        .claimTimeout(properties.getClaimTimeout())
        .build();
  }

  @Bean
  public DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder()
        .deadLetterTable("dead_letter_entry")
        .deadLetterIdentifierColumn("dead_letter_id")
        .processingGroupColumn("processing_group")
        .sequenceIdentifierColumn("sequence_identifier")
        .sequenceIndexColumn("sequence_index")
        .messageTypeColumn("message_type")
        .eventIdentifierColumn("event_identifier")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .aggregateTypeColumn("aggregate_type")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .tokenTypeColumn("token_type")
        .tokenColumn("token")
        .enqueuedAtColumn("enqueued_at")
        .lastTouchedColumn("last_touched")
        .processingStartedColumn("processing_started")
        .causeTypeColumn("cause_type")
        .causeMessageColumn("cause_message")
        .diagnosticsColumn("diagnostics")
        .build();
  }

  @Bean
  public DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
      EventProcessorProperties eventProcessorProperties,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      DeadLetterSchema schema,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Serializer serializer) {
    return new DeadLetterQueueProviderConfigurerModule(
        eventProcessorProperties,
        processingGroup ->
            config ->
                JdbcSequencedDeadLetterQueue.builder()
                    .processingGroup(processingGroup)
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(schema)
                    .genericSerializer(serializer)
                    .eventSerializer(eventSerializer)
                    .build());
  }
}
