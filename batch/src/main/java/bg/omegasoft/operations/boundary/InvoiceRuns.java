package bg.omegasoft.operations.boundary;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts the nightly {@code invoice-run} job for a billing date. A real run holds its date: a
 * second start for a date that is running, completed, or waiting to be restarted is refused, and
 * two starts at the same moment (two operators, two servers, the timer and an operator) end in one
 * run. A dry run prices everything and issues nothing, so it may run any number of times.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoiceRuns {

  public static final String JOB = "invoice-run";
  public static final String BILLING_STEP = "invoice";

  /** The most parallel parts the delivery step of an invoice run is split into. */
  public static final int MAX_DELIVERY_PARTITIONS = 4;

  /** The most clients per chunk and checkpoint. */
  public static final int MAX_ITEM_COUNT = 10_000;

  /**
   * The earliest billing date: nothing the platform bills happened before it (a date such as
   * 0000-01-01 only made the job fail).
   */
  public static final LocalDate EARLIEST_BILLING_DATE = LocalDate.of(2000, 1, 1);

  @EJB private Jobs jobs;
  @EJB private RunRecords records;
  @Resource private SessionContext session;
  @Inject private NightlyInvoicing billing;

  private final Clock clock = Clock.system(SofiaTime.ZONE);

  /** What a run is asked to do. */
  /**
   * @param itemCount clients per chunk and checkpoint, null for the job's default
   * @param deliveryPartitions parallel parts of the delivery step (1 to 4), null for one per
   *     processor
   */
  public record Request(
      LocalDate billingDate, boolean dryRun, Integer itemCount, Integer deliveryPartitions) {

    public Request(LocalDate billingDate, boolean dryRun, Integer itemCount) {
      this(billingDate, dryRun, itemCount, null);
    }
  }

  /**
   * Starts a run; answers its execution id.
   *
   * @throws InvalidInputException when the billing date is missing, lies in the future or before
   *     {@link #EARLIEST_BILLING_DATE}
   * @throws InvoiceRunExistsException when a real run holds the date
   */
  public long start(Request request) {
    LocalDate date = request.billingDate();
    if (date == null) {
      throw new InvalidInputException("billingDate", "operations.invoiceRun.billingDate.required");
    }
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("billingDate", "operations.invoiceRun.billingDate.future");
    }
    if (date.isBefore(EARLIEST_BILLING_DATE)) {
      throw new InvalidInputException("billingDate", "operations.invoiceRun.billingDate.tooEarly");
    }
    if (request.itemCount() != null
        && (request.itemCount() < 1 || request.itemCount() > MAX_ITEM_COUNT)) {
      throw new InvalidInputException("itemCount", "operations.invoiceRun.itemCount.range");
    }
    Integer parts = request.deliveryPartitions();
    if (parts != null && (parts < 1 || parts > MAX_DELIVERY_PARTITIONS)) {
      throw new InvalidInputException(
          "deliveryPartitions", "operations.invoiceRun.deliveryPartitions.range");
    }
    Properties parameters = new Properties();
    parameters.setProperty("billingDate", date.toString());
    parameters.setProperty("dryRun", Boolean.toString(request.dryRun()));
    if (request.itemCount() != null) {
      parameters.setProperty("itemCount", request.itemCount().toString());
    }
    if (parts != null) {
      parameters.setProperty("deliveryPartitions", parts.toString());
    }
    if (request.dryRun()) {
      return jobs.start(JOB, parameters);
    }
    return launchHolding(date, parameters);
  }

  private long launchHolding(LocalDate date, Properties parameters) {
    claim(date);
    long executionId;
    try {
      executionId = jobs.start(JOB, parameters);
    } catch (RuntimeException e) {
      records.release(date);
      throw e;
    }
    records.attach(date, jobs.instanceOf(executionId), executionId);
    return executionId;
  }

  /**
   * The items skipped on the billing date's runs and not invoiced since, with billing's reasons.
   */
  public List<SkippedItem> skippedOn(LocalDate billingDate) {
    return billing.skippedOn(billingDate).stream()
        .map(s -> new SkippedItem(s.billableItemId(), s.sourceKey(), s.reason()))
        .toList();
  }

  /** An item billing could not price, with its reason (in Bulgarian). */
  public record SkippedItem(long billableItemId, String sourceKey, String reason)
      implements Serializable {}

  /** The first execution of the real run that holds the date, if any. */
  public Optional<Long> runOf(LocalDate billingDate) {
    return records.holder(billingDate).map(RunRecords.Holder::firstExecutionId);
  }

  private void claim(LocalDate date) {
    String by = session.getCallerPrincipal().getName();
    if (records.claim(date, by)) {
      return;
    }
    RunRecords.Holder holder = records.holder(date).orElse(null);
    if (holder != null
        && holder.instanceId() != null
        && jobs.latestOfRun(holder.firstExecutionId()).status() == BatchStatus.ABANDONED
        && records.reclaim(date, holder.instanceId(), by)) {
      return;
    }
    throw new InvoiceRunExistsException(date, holder == null ? null : holder.firstExecutionId());
  }
}
