package bg.omegasoft.billing.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the nightly {@code invoice-run} job calls in billing, so that the job's reader, processor
 * and writer hold no business rule of their own. Billing provides it as a stateless bean.
 */
public interface NightlyInvoicing {

  /** An item that could not be priced, with the reason in Bulgarian. */
  record Skip(long billableItemId, String sourceKey, String reason) {}

  /**
   * What one client would be invoiced for on the billing date; computing it writes nothing.
   *
   * @param itemIds the billable items that the invoice would carry
   */
  record Proposal(
      long clientId,
      LocalDate billingDate,
      List<Long> itemIds,
      int lines,
      BigDecimal taxBase,
      BigDecimal vat,
      BigDecimal total,
      List<Skip> skipped) {}

  /**
   * Registers every billable item done up to the billing date that other capabilities hold and
   * billing does not yet know; running it again registers nothing new. Contract fees registered
   * earlier but no longer due (the contract was terminated since) are withdrawn while still
   * uninvoiced. Answers how many were added.
   */
  int collect(LocalDate billingDate);

  /**
   * The clients with registered, not yet invoiced items up to the billing date, ascending by id.
   */
  List<Long> clientsToInvoice(LocalDate billingDate);

  /** Prices a client's open items up to the billing date; reads only. */
  Proposal propose(long clientId, LocalDate billingDate);

  /**
   * Issues the proposal as an invoice with its number inside the caller's transaction (so a chunk
   * that rolls back leaves neither the invoice nor a used number), and records its skipped items.
   * Items invoiced meanwhile are left out; when nothing remains, nothing is issued and the answer
   * is empty.
   *
   * @return the number of the issued invoice, or empty
   */
  Optional<String> issue(Proposal proposal);

  /** Renders the PDF and UBL XML of issued invoices and queues their e-mails; safe to repeat. */
  void deliver(List<String> invoiceNumbers);

  /** The items skipped on the billing date's runs and not invoiced since, with their reasons. */
  List<Skip> skippedOn(LocalDate billingDate);
}
