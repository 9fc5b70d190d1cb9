package bg.omegasoft.learning.entity;

/** A quote is prepared, sent to the client, then accepted or declined (or withdrawn by staff). */
public enum QuoteStatus {
  DRAFT,
  SENT,
  ACCEPTED,
  DECLINED,
  WITHDRAWN;

  /** How a page marks the status: accepted green, sent blue, a draft amber, the rest grey. */
  public String severity() {
    return switch (this) {
      case ACCEPTED -> "success";
      case SENT -> "info";
      case DRAFT -> "warning";
      case DECLINED, WITHDRAWN -> "secondary";
    };
  }

  public String messageKey() {
    return "quoteStatus." + name();
  }
}
