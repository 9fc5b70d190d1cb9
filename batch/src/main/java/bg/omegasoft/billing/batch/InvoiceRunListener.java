package bg.omegasoft.billing.batch;

import bg.omegasoft.operations.boundary.RunRecords;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * At the end of every execution of an invoice run, records in the run's summary which execution
 * ended last and how (the figures themselves were added by the committed chunks).
 */
@Named
@Dependent
public class InvoiceRunListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(InvoiceRunListener.class.getName());

  @Inject private JobContext job;
  @EJB private RunRecords records;

  @Override
  public void afterJob() {
    RunParameters run = RunParameters.of(job);
    String status = job.getBatchStatus().name();
    for (StepExecution step :
        BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId())) {
      if (step.getBatchStatus() == jakarta.batch.runtime.BatchStatus.FAILED) {
        status = "FAILED";
      }
    }
    records.finish(
        job.getInstanceId(), run.billingDate(), run.dryRun(), job.getExecutionId(), status);
    LOG.info(
        "Invoice run for "
            + run.billingDate()
            + (run.dryRun() ? " (dry run)" : "")
            + ", execution "
            + job.getExecutionId()
            + ": "
            + status);
  }
}
