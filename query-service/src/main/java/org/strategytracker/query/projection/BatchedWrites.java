package org.strategytracker.query.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How projections write: the statements of a processor batch are buffered and sent as JDBC batches
 * when the batch commits ({@link WriteBuffer}), instead of one round trip per statement plus two
 * for a savepoint per event. A rebuild replays a million events; the round trips were most of its
 * time.
 *
 * <p>A failing statement cannot be traced to its event inside a JDBC batch, so a batch whose writes
 * fail is rolled back as a whole (the processor retries it after a pause) and its events are
 * remembered as suspect. A batch holding a suspect event runs the old way: each event's statements
 * at once, inside a savepoint ({@link Savepoint}), so that only the failing event goes to the
 * dead-letter queue and the others are written exactly once. Outside a processor's unit of work
 * (tests that call a handler directly) statements run at once as well.
 *
 * <p>Every projection writes through here, so this is also where text parameters are made storable
 * ({@link StorableText}): any stored event can be projected, whatever characters it carries.
 */
public final class BatchedWrites {

  private static final String BUFFER = "tracker.projection.write-buffer";
  private static final String AT_ONCE = "tracker.projection.write-at-once";
  private static final String FAILED = "tracker.projection.write-failed";
  private static final int MAX_SUSPECTS = 100_000;

  private final JdbcTemplate jdbc;
  private final Savepoint savepoint;
  private final Set<String> suspects = ConcurrentHashMap.newKeySet();

  public BatchedWrites(JdbcTemplate jdbc, Savepoint savepoint) {
    this.jdbc = jdbc;
    this.savepoint = savepoint;
  }

  /**
   * Runs one event's writes: buffered in a batch, or at once inside a savepoint. If the handler
   * throws, the statements it buffered are dropped again, so the event can be dead-lettered alone.
   */
  public void run(Runnable writes) {
    WriteBuffer buffer = buffer();
    if (buffer == null) {
      savepoint.run(writes);
      return;
    }
    int before = buffer.size();
    try {
      writes.run();
    } catch (RuntimeException e) {
      buffer.truncate(before);
      throw e;
    }
  }

  /** One statement of the current event: buffered, or executed at once. */
  public void update(String sql, Object... params) {
    Object[] storable = StorableText.params(params);
    WriteBuffer buffer = buffer();
    if (buffer == null) {
      jdbc.update(sql, storable);
    } else {
      buffer.add(sequence(CurrentUnitOfWork.get().getMessage()), sql, storable);
    }
  }

  /**
   * One statement executed at once, for a handler that needs its row count or reads right after it
   * (inside {@link #read}); returns the number of rows it changed.
   */
  public int now(String sql, Object... params) {
    return jdbc.update(sql, StorableText.params(params));
  }

  /**
   * Reads (and writes) at once what needs the batch's writes so far: sends the buffered statements
   * first. In a batch, a failure here fails the batch as a failed flush does, since the transaction
   * cannot go on after a failed statement.
   */
  public <T> T read(Supplier<T> query) {
    WriteBuffer buffer = buffer();
    if (buffer == null) {
      return query.get();
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    return failingTheBatch(
        unitOfWork,
        () -> {
          buffer.flush(jdbc);
          return query.get();
        });
  }

  /** The batch's buffer, or null when statements run at once. */
  private WriteBuffer buffer() {
    if (!CurrentUnitOfWork.isStarted()) {
      return null;
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
      return null;
    }
    if (unitOfWork.resources().containsKey(AT_ONCE)) {
      return null;
    }
    WriteBuffer buffer = (WriteBuffer) unitOfWork.resources().get(BUFFER);
    if (buffer != null) {
      return buffer;
    }
    if (batch.getMessages().stream()
        .anyMatch(message -> suspects.contains(message.getIdentifier()))) {
      unitOfWork.resources().put(AT_ONCE, Boolean.TRUE);
      unitOfWork.afterCommit(u -> forget(batch));
      return null;
    }
    WriteBuffer created = new WriteBuffer();
    unitOfWork.resources().put(BUFFER, created);
    unitOfWork.onPrepareCommit(
        u -> {
          if (u.resources().get(FAILED) instanceof BatchWriteFailed failed) {
            throw failed;
          }
          flush(u, created);
        });
    return created;
  }

  private void flush(UnitOfWork<?> unitOfWork, WriteBuffer buffer) {
    failingTheBatch(
        unitOfWork,
        () -> {
          buffer.flush(jdbc);
          return null;
        });
  }

  private <T> T failingTheBatch(UnitOfWork<?> unitOfWork, Supplier<T> statements) {
    try {
      return statements.get();
    } catch (RuntimeException e) {
      remember((BatchingUnitOfWork<?>) unitOfWork);
      BatchWriteFailed failed = new BatchWriteFailed(e);
      unitOfWork.resources().put(FAILED, failed);
      throw failed;
    }
  }

  private void remember(BatchingUnitOfWork<?> batch) {
    if (suspects.size() > MAX_SUSPECTS) {
      suspects.clear();
    }
    batch.getMessages().forEach(message -> suspects.add(message.getIdentifier()));
  }

  private void forget(BatchingUnitOfWork<?> batch) {
    batch.getMessages().forEach(message -> suspects.remove(message.getIdentifier()));
  }

  private static Object sequence(Message<?> message) {
    return message instanceof DomainEventMessage<?> event
        ? event.getAggregateIdentifier()
        : message.getIdentifier();
  }

  /**
   * The batch's statements failed together; the processor rolls the batch back and retries it, one
   * event at a time.
   */
  public static final class BatchWriteFailed extends RuntimeException {
    BatchWriteFailed(Throwable cause) {
      super("a batch of projection writes failed; its events are retried one by one", cause);
    }
  }
}
