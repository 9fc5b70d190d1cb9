package bg.omegasoft.billing.batch;

import bg.omegasoft.operations.boundary.InvoiceRuns;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the delivery of a run's invoices into parts by invoice id ({@code id mod parts}), one per
 * processor (at most 4, or the job parameter {@code deliveryPartitions}): rendering PDFs is work
 * for the processor, and the parts share nothing — unlike issuing, which takes numbers from one
 * counter. A restart keeps the plan of the first execution.
 */
@Named
@Dependent
public class InvoiceDeliveryPartitions implements PartitionMapper {

  @Inject private JobContext job;

  @Override
  public PartitionPlan mapPartitions() {
    String asked = job.getProperties().getProperty("deliveryPartitions", "");
    int parts =
        asked.isBlank()
            ? Math.min(
                InvoiceRuns.MAX_DELIVERY_PARTITIONS, Runtime.getRuntime().availableProcessors())
            : Math.max(
                1, Math.min(InvoiceRuns.MAX_DELIVERY_PARTITIONS, Integer.parseInt(asked.strip())));
    Properties[] properties = new Properties[parts];
    for (int part = 0; part < parts; part++) {
      properties[part] = new Properties();
      properties[part].setProperty("part", String.valueOf(part));
      properties[part].setProperty("parts", String.valueOf(parts));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(parts);
    plan.setThreads(parts);
    plan.setPartitionProperties(properties);
    return plan;
  }
}
