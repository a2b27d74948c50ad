package org.strategytracker.platform.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique-violation (SQLState 23505) anywhere in a failure's causes.
 *
 * <p>Axon's {@code JdbcSQLErrorCodesResolver} compares vendor error codes, which PostgreSQL does
 * not use; without this, a second creation of the same measure or two concurrent writes of the same
 * version would surface as a storage failure instead of a conflict.
 */
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

  static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
