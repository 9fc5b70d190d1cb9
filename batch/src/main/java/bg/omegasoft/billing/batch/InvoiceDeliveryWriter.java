package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.RunRecords;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Has billing render the chunk's invoices (PDF, UBL XML) and queue their e-mails, which leave once
 * the chunk's transaction commits, and counts them in the run's progress in that transaction.
 */
@Named
@Dependent
public class InvoiceDeliveryWriter extends AbstractItemWriter {

  @Inject private JobContext job;
  @Inject private NightlyInvoicing billing;
  @EJB private RunRecords records;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(item -> ids.add((Long) item));
    billing.deliverIssued(ids);
    records.addProgress(job.getInstanceId(), InvoiceRuns.BILLING_STEP, ids.size());
  }
}
