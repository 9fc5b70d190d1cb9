package bg.omegasoft.operations.boundary;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.io.Serializable;
import java.time.Instant;

/** One step of an execution with the counts the job repository keeps. */
public record StepSummary(
    String name,
    BatchStatus status,
    String exitStatus,
    Instant start,
    Instant end,
    long read,
    long write,
    long filter,
    long skip,
    long commit,
    long rollback)
    implements Serializable {

  static StepSummary of(StepExecution step) {
    long read = 0, write = 0, filter = 0, skip = 0, commit = 0, rollback = 0;
    for (Metric metric : step.getMetrics()) {
      switch (metric.getType()) {
        case READ_COUNT -> read = metric.getValue();
        case WRITE_COUNT -> write = metric.getValue();
        case FILTER_COUNT -> filter = metric.getValue();
        case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skip += metric.getValue();
        case COMMIT_COUNT -> commit = metric.getValue();
        case ROLLBACK_COUNT -> rollback = metric.getValue();
        default -> {}
      }
    }
    return new StepSummary(
        step.getStepName(),
        step.getBatchStatus(),
        step.getExitStatus(),
        step.getStartTime() == null ? null : step.getStartTime().toInstant(),
        step.getEndTime() == null ? null : step.getEndTime().toInstant(),
        read,
        write,
        filter,
        skip,
        commit,
        rollback);
  }

  /**
   * The step as it ran after the one that ended at {@code previousEnd}: the steps of a job run one
   * after another, so it began then at the latest. JBeret reports the end of its partitions as the
   * start of a partitioned step until the server restarts (its job repository has the right time),
   * which would show the delivery step of an invoice run as taking no time.
   */
  StepSummary startedBy(Instant previousEnd) {
    if (start == null || previousEnd == null || !start.isAfter(previousEnd)) {
      return this;
    }
    return new StepSummary(
        name, status, exitStatus, previousEnd, end, read, write, filter, skip, commit, rollback);
  }

  /** How long it ran (until now while it runs), as h:mm:ss; empty before it started. */
  public String duration() {
    return Durations.text(start(), end());
  }
}
