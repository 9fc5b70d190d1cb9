package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Outcome;
import bg.omegasoft.operations.boundary.RunRecords;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Has billing issue the chunk's clients' invoices inside the chunk's transaction (a dry run only
 * prices them) and adds the chunk to the run's summary and progress in the same transaction: a
 * chunk that rolls back leaves no invoice, no used number and no count behind. The issued invoices
 * are added to the progress total, since the delivery step still has to render and send them.
 */
@Named
@Dependent
public class InvoiceRunWriter extends AbstractItemWriter {

  @Inject private JobContext job;
  @Inject private StepContext step;
  @Inject private NightlyInvoicing billing;
  @EJB private RunRecords records;

  @Override
  public void writeItems(List<Object> items) {
    RunParameters run = RunParameters.of(job);
    List<Long> clients = new ArrayList<>();
    items.forEach(item -> clients.add((Long) item));
    Outcome outcome =
        run.dryRun()
            ? billing.proposeAll(clients, run.billingDate())
            : billing.issueAll(clients, run.billingDate());
    records.addToSummary(
        job.getInstanceId(),
        run.billingDate(),
        run.dryRun(),
        new RunRecords.Tally(
            items.size(),
            outcome.invoices(),
            outcome.lines(),
            outcome.taxBase(),
            outcome.vat(),
            outcome.total(),
            outcome.skipped()));
    records.addProgress(
        job.getInstanceId(), step.getStepName(), items.size(), outcome.numbers().size());
  }
}
