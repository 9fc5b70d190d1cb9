package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.PaymentState;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A document in a list, with what was paid and credited against it and its payment state (null for
 * credit notes, which ask for no payment).
 */
public record InvoiceSummary(
    String number,
    InvoiceKind kind,
    long clientId,
    String customerName,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal taxBase,
    BigDecimal vat,
    BigDecimal total,
    BigDecimal paid,
    BigDecimal credited,
    PaymentState state,
    String referencedNumber) {

  /** What is still to be paid. */
  public BigDecimal getOpen() {
    if (state == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return total.subtract(paid).subtract(credited).max(BigDecimal.ZERO);
  }

  // accessors for EL, which does not read record components
  public String getNumber() {
    return number;
  }

  public InvoiceKind getKind() {
    return kind;
  }

  public String getCustomerName() {
    return customerName;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public PaymentState getState() {
    return state;
  }

  public String getReferencedNumber() {
    return referencedNumber;
  }
}
