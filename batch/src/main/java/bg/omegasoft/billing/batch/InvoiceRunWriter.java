package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Proposal;
import bg.omegasoft.operations.boundary.RunRecords;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issues the chunk's proposals as invoices inside the chunk's transaction, has them delivered, and
 * adds the chunk to the run's summary and progress in the same transaction: a chunk that rolls back
 * leaves no invoice, no used number and no count behind. A dry run issues nothing and counts what
 * would have been issued.
 */
@Named
@Dependent
public class InvoiceRunWriter extends AbstractItemWriter {

  @Inject private JobContext job;
  @Inject private StepContext step;
  @Inject private Billing billing;
  @EJB private RunRecords records;

  private int chunks;

  /** A fault injected for a test hits the run's first execution only, never its restart. */
  private boolean firstExecution() {
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() == 1;
  }

  @Override
  public void writeItems(List<Object> items) {
    RunParameters run = RunParameters.of(job);
    NightlyInvoicing nightly = billing.nightly();
    List<String> numbers = new ArrayList<>();
    int invoices = 0;
    int lines = 0;
    int skipped = 0;
    BigDecimal taxBase = BigDecimal.ZERO;
    BigDecimal vat = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (Object item : items) {
      Proposal proposal = (Proposal) item;
      skipped += proposal.skipped().size();
      if (proposal.itemIds().isEmpty()) {
        if (!run.dryRun()) {
          nightly.issue(proposal); // records the skipped items; issues nothing
        }
        continue;
      }
      Optional<String> number = run.dryRun() ? Optional.of("") : nightly.issue(proposal);
      if (number.isPresent()) {
        if (!run.dryRun()) {
          numbers.add(number.get());
        }
        invoices++;
        lines += proposal.lines();
        taxBase = taxBase.add(proposal.taxBase());
        vat = vat.add(proposal.vat());
        total = total.add(proposal.total());
      }
    }
    chunks++;
    if (run.failAtChunk() > 0 && chunks == run.failAtChunk() && firstExecution()) {
      throw new IllegalStateException("Fault injected for a test at chunk " + chunks);
    }
    if (!numbers.isEmpty()) {
      nightly.deliver(numbers);
    }
    records.addToSummary(
        job.getInstanceId(),
        run.billingDate(),
        run.dryRun(),
        new RunRecords.Tally(items.size(), invoices, lines, taxBase, vat, total, skipped));
    records.addProgress(job.getInstanceId(), step.getStepName(), items.size());
  }
}
