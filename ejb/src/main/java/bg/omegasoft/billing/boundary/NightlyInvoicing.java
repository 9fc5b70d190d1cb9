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
   * What a chunk of clients was invoiced for, or in a dry run would be.
   *
   * @param numbers the numbers of the issued invoices, ascending (empty in a dry run)
   * @param skipped items that could not be priced, recorded with their reasons when issuing
   */
  record Outcome(
      List<String> numbers,
      int invoices,
      int lines,
      BigDecimal taxBase,
      BigDecimal vat,
      BigDecimal total,
      int skipped) {}

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

  /**
   * What the clients would be invoiced for on the billing date, priced exactly as {@link #issueAll}
   * would; writes nothing (the dry run).
   */
  Outcome proposeAll(List<Long> clientIds, LocalDate billingDate);

  /**
   * Issues an invoice per client for its open items up to the billing date, inside the caller's
   * transaction, with a fixed number of statements for the whole list: the items are locked, priced
   * and marked invoiced, the invoices take consecutive numbers in the order of the clients, and the
   * items that cannot be priced are recorded with their reasons. A rollback leaves no invoice and
   * no used number. The invoices carry the billing date, so {@link #undelivered} finds them.
   */
  Outcome issueAll(List<Long> clientIds, LocalDate billingDate);

  /** Renders the PDF and UBL XML of issued invoices and queues their e-mails; safe to repeat. */
  void deliver(List<String> invoiceNumbers);

  /**
   * The ids of the invoices issued by the billing date's run whose documents are not delivered yet,
   * ascending, of one part of the ids ({@code id mod parts = part}), so parts can be delivered in
   * parallel.
   */
  List<Long> undelivered(LocalDate billingDate, int part, int parts);

  /**
   * Renders the PDF and UBL XML of the issued invoices and queues their e-mails for after the
   * caller's transaction commits; an invoice already delivered is left alone.
   *
   * @return how many were delivered now
   */
  int deliverIssued(List<Long> invoiceIds);

  /** The items skipped on the billing date's runs and not invoiced since, with their reasons. */
  List<Skip> skippedOn(LocalDate billingDate);
}
