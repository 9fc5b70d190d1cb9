package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.operations.batch.IdsReader;
import bg.omegasoft.operations.boundary.RunRecords;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads the ids of the clients to invoice, ascending. The checkpoint is the last client id of the
 * committed chunk, so a restart goes on with the next client. On its first opening it publishes the
 * number of clients as the total of the progress bar.
 */
@Named
@Dependent
public class InvoiceRunReader extends IdsReader {

  @Inject private JobContext job;
  @Inject private StepContext step;
  @Inject private NightlyInvoicing billing;
  @EJB private RunRecords records;

  @Override
  protected List<Long> ids() {
    return billing.clientsToInvoice(RunParameters.of(job).billingDate());
  }

  @Override
  protected void opened(List<Long> remaining, boolean first) {
    if (first) {
      records.publishTotal(job.getInstanceId(), step.getStepName(), remaining.size());
    }
  }
}
