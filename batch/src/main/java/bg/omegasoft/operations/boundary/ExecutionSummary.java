package bg.omegasoft.operations.boundary;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.Serializable;
import java.time.Instant;

/** One run of a job as an operator sees it in a list. */
public record ExecutionSummary(
    long id, String jobName, BatchStatus status, String exitStatus, Instant start, Instant end)
    implements Serializable {

  public static ExecutionSummary of(JobExecution execution) {
    return new ExecutionSummary(
        execution.getExecutionId(),
        execution.getJobName(),
        execution.getBatchStatus(),
        execution.getExitStatus(),
        execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
        execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
  }

  /** Whether the run is under way, so an operator may stop it. */
  public boolean canStop() {
    return status == BatchStatus.STARTED || status == BatchStatus.STARTING;
  }

  /** Whether the run ended without finishing, so an operator may restart or abandon it. */
  public boolean canRestart() {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  /** How long it ran (until now while it runs), as h:mm:ss; empty before it started. */
  public String duration() {
    return Durations.text(start(), end());
  }
}
