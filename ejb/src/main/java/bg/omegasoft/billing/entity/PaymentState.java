package bg.omegasoft.billing.entity;

/** Where an invoice is with its payment. */
public enum PaymentState {
  UNPAID,
  PARTLY_PAID,
  PAID,
  OVERDUE;

  public String messageKey() {
    return "billing.state." + name();
  }
}
