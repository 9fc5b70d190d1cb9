package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * First step: billing registers every billable item done up to the billing date that it does not
 * know yet (again in a dry run: registering is not invoicing, and it is idempotent).
 */
@Named
@Dependent
public class InvoiceRunCollect extends AbstractBatchlet {

  @Inject private JobContext job;
  @Inject private NightlyInvoicing billing;

  @Override
  public String process() {
    RunParameters run = RunParameters.of(job);
    int added = billing.collect(run.billingDate());
    return "COLLECTED " + added;
  }
}
