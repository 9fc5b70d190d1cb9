package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.InvoiceSummary;
import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.boundary.Payments;
import bg.omegasoft.billing.entity.Payment;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** billing/payments.xhtml: FINANCE records bank payments; the overdue list. */
@Named
@ViewScoped
public class PaymentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Payments payments;
  @EJB private Invoices invoices;

  private List<Payments.Listed> recent;
  private List<InvoiceSummary> overdue;
  private LocalDate receivedOn = LocalDate.now();
  private BigDecimal amount;

  @Size(max = 200)
  private String payer;

  /** As long as the column holds: an IBAN has at most 34 characters. */
  @Size(max = 34)
  private String payerIban;

  @Size(max = 140)
  private String reference;

  @PostConstruct
  void load() {
    recent = payments.recent(50);
    overdue = invoices.overdue();
  }

  public void record() {
    Payment payment = payments.record(receivedOn, amount, payer, payerIban, reference);
    Messages.info(
        payment.getInvoiceId() == null
            ? "billing.payments.recordedUnmatched"
            : "billing.payments.recorded");
    amount = null;
    payer = null;
    payerIban = null;
    reference = null;
    load();
  }

  public List<Payments.Listed> getRecent() {
    return recent;
  }

  public List<InvoiceSummary> getOverdue() {
    return overdue;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }

  public String getPayerIban() {
    return payerIban;
  }

  public void setPayerIban(String payerIban) {
    this.payerIban = payerIban;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
