package bg.omegasoft.it.operations;

import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers of the operations tests: a billing date of its own per test, waiting for a job's end. */
final class Runs {

  private static final AtomicInteger NEXT =
      new AtomicInteger(Math.abs((int) System.nanoTime() % 5000));
  private static final Set<BatchStatus> ENDED =
      Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  private Runs() {}

  /** A past billing date no other test uses. */
  static LocalDate freshDate() {
    return LocalDate.of(2010, 1, 1).plusDays(NEXT.incrementAndGet());
  }

  static BatchStatus awaitEnd(AsOperator operator, Jobs jobs, long executionId)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(120);
    BatchStatus status = null;
    while (Instant.now().isBefore(deadline)) {
      status = operator.call(() -> jobs.execution(executionId).getBatchStatus());
      if (ENDED.contains(status)) {
        return status;
      }
      Thread.sleep(200);
    }
    return status;
  }

  /**
   * Starts a real run of the fault's billing date with the fault in place and waits for its end
   * (failed); the fault is gone afterwards, so a restart runs without it. Answers the execution.
   */
  static long failed(
      AsOperator operator, InvoiceRuns runs, Jobs jobs, RunFault fault, int itemCount)
      throws Exception {
    try (fault) {
      long execution =
          operator.call(
              () -> runs.start(new InvoiceRuns.Request(fault.billingDate(), false, itemCount)));
      awaitEnd(operator, jobs, execution);
      return execution;
    }
  }

  static long count(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
