package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing.Proposal;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Asks billing what a client would be invoiced for (reading only). A client with nothing to bill
 * and nothing skipped is filtered out.
 */
@Named
@Dependent
public class InvoiceRunProcessor implements ItemProcessor {

  @Inject private JobContext job;
  @Inject private Billing billing;

  @Override
  public Object processItem(Object clientId) {
    Proposal proposal =
        billing.nightly().propose((Long) clientId, RunParameters.of(job).billingDate());
    return proposal.itemIds().isEmpty() && proposal.skipped().isEmpty() ? null : proposal;
  }
}
