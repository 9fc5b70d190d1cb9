package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.InvoiceSummary;
import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * billing/invoice.xhtml?number=: one document with its lines and payment state; FINANCE corrects it
 * with a credit or debit note. A client administrator sees only its own company's documents.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Invoices invoices;

  private String number;
  private Invoice invoice;
  private InvoiceSummary summary;
  private String referenced;
  private final Map<Long, BigDecimal> credit = new HashMap<>();

  @Size(max = 500)
  private String reason;

  private BigDecimal debitAmount;

  @Size(max = 500)
  private String debitDescription;

  public void load() {
    if (number == null) {
      throw new NotFoundException("Invoice", "?");
    }
    invoice = invoices.find(number);
    summary = invoices.summary(number);
    referenced = invoices.referencedNumber(invoice);
  }

  public String creditNote() {
    String note = invoices.creditNote(number, credit, reason);
    Messages.info("billing.note.issued", note);
    Messages.keepForRedirect();
    return "/billing/invoice?faces-redirect=true&number=" + note;
  }

  public String debitNote() {
    String note = invoices.debitNote(number, debitDescription, debitAmount, reason);
    Messages.info("billing.note.issued", note);
    Messages.keepForRedirect();
    return "/billing/invoice?faces-redirect=true&number=" + note;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public InvoiceSummary getSummary() {
    return summary;
  }

  public String getReferenced() {
    return referenced;
  }

  public Map<Long, BigDecimal> getCredit() {
    return credit;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public BigDecimal getDebitAmount() {
    return debitAmount;
  }

  public void setDebitAmount(BigDecimal debitAmount) {
    this.debitAmount = debitAmount;
  }

  public String getDebitDescription() {
    return debitDescription;
  }

  public void setDebitDescription(String debitDescription) {
    this.debitDescription = debitDescription;
  }
}
