package bg.omegasoft.billing.entity;

/** Where an invoice is with its payment. */
public enum PaymentState {
  UNPAID,
  PARTLY_PAID,
  PAID,
  OVERDUE;

  /**
   * The state of a document that asks for payment, on a day.
   *
   * @param settled what was paid plus what credit notes took off
   */
  public static PaymentState of(
      java.math.BigDecimal total,
      java.math.BigDecimal paid,
      java.math.BigDecimal settled,
      java.time.LocalDate due,
      java.time.LocalDate today) {
    if (settled.compareTo(total) >= 0) {
      return PAID;
    }
    if (today.isAfter(due)) {
      return OVERDUE;
    }
    return paid.signum() > 0 ? PARTLY_PAID : UNPAID;
  }

  /** How a page marks the state: paid green, overdue red, awaiting payment amber. */
  public String severity() {
    return switch (this) {
      case PAID -> "success";
      case OVERDUE -> "danger";
      case UNPAID, PARTLY_PAID -> "warning";
    };
  }

  public String messageKey() {
    return "billing.state." + name();
  }
}
