package bg.omegasoft.billing.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The parameters of one invoice run, from the job's properties (see invoice-run.xml).
 *
 * @param failAtChunk for tests: the chunk at which the writer of {@code failInStep} fails on
 *     purpose in the run's first execution, 0 for none
 */
record RunParameters(LocalDate billingDate, boolean dryRun, int failAtChunk, String failInStep) {

  static RunParameters of(JobContext job) {
    Properties parameters = job.getProperties();
    return new RunParameters(
        LocalDate.parse(parameters.getProperty("billingDate")),
        Boolean.parseBoolean(parameters.getProperty("dryRun", "false")),
        Integer.parseInt(parameters.getProperty("failAtChunk", "0")),
        parameters.getProperty("failInStep", "invoice"));
  }

  /**
   * Fails the chunk on purpose when a test asked so for this step and chunk: never in a restart.
   */
  void faultAt(String step, int chunk, JobContext job) {
    if (failAtChunk > 0 && chunk == failAtChunk && step.equals(failInStep) && firstExecution(job)) {
      throw new IllegalStateException(
          "Fault injected for a test at chunk " + chunk + " of " + step);
    }
  }

  private static boolean firstExecution(JobContext job) {
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() == 1;
  }
}
