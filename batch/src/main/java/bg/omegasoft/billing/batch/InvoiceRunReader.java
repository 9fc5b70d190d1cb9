package bg.omegasoft.billing.batch;

import bg.omegasoft.operations.boundary.RunRecords;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the ids of the clients to invoice, ascending. The checkpoint is the last client id of the
 * committed chunk, so a restart goes on with the next client. On its first opening it publishes the
 * number of clients as the total of the progress bar.
 */
@Named
@Dependent
public class InvoiceRunReader extends AbstractItemReader {

  @Inject private JobContext job;
  @Inject private StepContext step;
  @Inject private Billing billing;
  @EJB private RunRecords records;

  private Iterator<Long> clients;
  private Long last;

  @Override
  public void open(Serializable checkpoint) {
    RunParameters run = RunParameters.of(job);
    last = (Long) checkpoint;
    long after = last == null ? Long.MIN_VALUE : last;
    List<Long> ids =
        billing.nightly().clientsToInvoice(run.billingDate()).stream()
            .filter(id -> id > after)
            .toList();
    if (checkpoint == null) {
      records.publishTotal(job.getInstanceId(), step.getStepName(), ids.size());
    }
    clients = ids.iterator();
  }

  @Override
  public Object readItem() {
    if (!clients.hasNext()) {
      return null;
    }
    last = clients.next();
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
