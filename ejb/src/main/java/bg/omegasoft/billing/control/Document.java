package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing;
import java.time.LocalDate;
import java.util.List;

/**
 * A document ready to be written: an invoice, or a note with the referenced invoice and, per line,
 * the referenced line.
 *
 * @param referencedLines for notes, the referenced line's id per line (same order), else empty
 */
public record Document(
    InvoiceKind kind,
    long clientId,
    LocalDate issueDate,
    LocalDate taxDate,
    LocalDate dueDate,
    Party supplier,
    Party customer,
    String iban,
    String bic,
    String bankName,
    Pricing pricing,
    Long referencedId,
    List<Long> referencedLines,
    String reason,
    String issuedBy) {

  public List<PricedLine> lines() {
    return pricing.lines();
  }
}
