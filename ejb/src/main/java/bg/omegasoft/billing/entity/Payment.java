package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.entity.Iban;
import bg.omegasoft.shared.entity.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A bank transfer received, matched to an invoice by its payment reference when it can be. */
@Entity
@Table(name = "payment")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private String payer;

  @Column(name = "payer_iban")
  private String payerIban;

  @Column(nullable = false)
  private String reference;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Payment() {}

  public Payment(
      LocalDate receivedOn,
      BigDecimal amount,
      String payer,
      String payerIban,
      String reference,
      Long invoiceId,
      String recordedBy,
      Instant recordedAt) {
    if (receivedOn == null || amount == null || amount.signum() <= 0) {
      throw new BillingException("billing.payment.invalid");
    }
    this.receivedOn = receivedOn;
    this.amount = Money.cents(amount);
    this.payer = payer == null || payer.isBlank() ? "-" : payer.strip();
    this.payerIban = payerIban == null || payerIban.isBlank() ? null : payerIban.replace(" ", "");
    if (this.payerIban != null && !Iban.Validator.isValidIban(this.payerIban)) {
      throw new BillingException("billing.payment.ibanInvalid");
    }
    this.reference = reference == null ? "" : reference.strip();
    this.invoiceId = invoiceId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Matches a payment that came without a usable reference to an invoice by hand. */
  public void matchTo(long invoice) {
    if (invoiceId != null) {
      throw new BillingException("billing.payment.alreadyMatched");
    }
    this.invoiceId = invoice;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getPayer() {
    return payer;
  }

  public String getPayerIban() {
    return payerIban;
  }

  public String getReference() {
    return reference;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
