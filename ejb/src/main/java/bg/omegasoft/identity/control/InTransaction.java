package bg.omegasoft.identity.control;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in short transactions of its own (for beans that manage their transactions) and runs it
 * again when the database chose it as the victim of a deadlock or a lock wait timed out: concurrent
 * sign-ins lock the same counters, and one of them giving up must not become an error page.
 */
final class InTransaction {

  private static final int ATTEMPTS = 3;

  private InTransaction() {}

  static <T> T run(UserTransaction tx, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        tx.begin();
        T result = work.get();
        tx.commit();
        return result;
      } catch (Exception e) {
        rollback(tx);
        if (attempt >= ATTEMPTS || !isContention(e)) {
          throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
      }
    }
  }

  private static void rollback(UserTransaction tx) {
    try {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      // nothing left to undo
    }
  }

  /** A deadlock (MariaDB 1213, SQL state 40001) or a lock wait timeout (1205). */
  static boolean isContention(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == 1213
              || sql.getErrorCode() == 1205
              || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
