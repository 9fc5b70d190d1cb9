package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.operations.batch.IdsReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads the ids of one part of the run's invoices that are not delivered yet, ascending; the
 * checkpoint is the last id of the committed chunk. A dry run issued nothing, so it reads nothing.
 */
@Named
@Dependent
public class InvoiceDeliveryReader extends IdsReader {

  @Inject private JobContext job;
  @Inject private NightlyInvoicing billing;

  @Inject
  @BatchProperty(name = "part")
  private String part;

  @Inject
  @BatchProperty(name = "parts")
  private String parts;

  @Override
  protected List<Long> ids() {
    RunParameters run = RunParameters.of(job);
    if (run.dryRun()) {
      return List.of();
    }
    return billing.undelivered(run.billingDate(), Integer.parseInt(part), Integer.parseInt(parts));
  }
}
