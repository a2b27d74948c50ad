package org.strategytracker.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.platform.database.SchemaMigration;

/**
 * When the driver fails with an {@code Error} while events are stored (pgjdbc's AssertionError when
 * the connection dies mid-batch), the unit of work still rolls its transaction back.
 */
class PostgresEventStorageEngineIntegrationTest {

  static EmbeddedDatabase database;
  static DataSource dataSource;

  @BeforeAll
  static void start() {
    database = EmbeddedDatabase.ephemeral();
    dataSource = new DriverManagerDataSource(database.jdbcUrl());
    SchemaMigration.forModule(dataSource, "platform").migrate();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Test
  void aDriverAssertionErrorWhileAppendingRollsTheUnitOfWorkBack() {
    PostgresEventStorageEngine engine =
        new PostgresEventStorageEngine(
            JdbcEventStorageEngine.builder()
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .eventSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(PostgresEventStorageEngineIntegrationTest::dyingConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new PostgresEventStoreConfiguration().eventSchema())
                .dataType(byte[].class));
    AtomicBoolean rolledBack = new AtomicBoolean();
    DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(
        () ->
            new Transaction() {
              @Override
              public void commit() {}

              @Override
              public void rollback() {
                rolledBack.set(true);
              }
            });
    unitOfWork.onPrepareCommit(
        u ->
            engine.appendEvents(
                new GenericDomainEventMessage<>("Measure", "engine-1", 0, "registriert")));

    assertThatThrownBy(unitOfWork::commit)
        .isInstanceOf(EventStoreException.class)
        .hasCauseInstanceOf(AssertionError.class);
    assertThat(rolledBack).as("the transaction is rolled back, not left on the thread").isTrue();
    assertThat(CurrentUnitOfWork.isStarted()).isFalse();
  }

  /** A real connection whose batches fail as pgjdbc's do when the server goes away mid-batch. */
  private static Connection dyingConnection() throws java.sql.SQLException {
    Connection real = dataSource.getConnection();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (result instanceof PreparedStatement statement) {
                return Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class},
                    (p, m, a) -> {
                      if (m.getName().equals("executeBatch")) {
                        throw new AssertionError(
                            "pgStatement.getConnection().getAutoCommit() should not throw");
                      }
                      return invoke(statement, m, a);
                    });
              }
              return result;
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
