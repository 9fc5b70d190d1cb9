package bg.omegasoft.learning.entity;

/** A quote is prepared, sent to the client, then accepted or declined (or withdrawn by staff). */
public enum QuoteStatus {
  DRAFT,
  SENT,
  ACCEPTED,
  DECLINED,
  WITHDRAWN;

  public String messageKey() {
    return "quoteStatus." + name();
  }
}
