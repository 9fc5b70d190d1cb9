package bg.omegasoft.servicedesk.entity;

/** What a client asks for; each type has its own procedure and way of being billed. */
public enum RequestType {
  /** A visit or a remote session, billed by time at the price list. */
  SUPPORT(BillingBasis.BY_TIME, true, true),
  /** A specialist within 24 hours, for clients without a contract; double price unless breached. */
  EXPRESS(BillingBasis.BY_TIME_DOUBLE, true, true),
  /** Restoring access by a defined identity-check procedure; fixed price. */
  PASSWORD_RECOVERY(BillingBasis.FIXED_FEE, true, true),
  /** A change of the owner of a licence (mergers, holdings); fixed administrative fee. */
  LICENCE_OWNER_CHANGE(BillingBasis.FIXED_FEE, true, true),
  /** A training asked for by a client. */
  TRAINING(BillingBasis.BY_TIME, true, true),
  /** "Request an offer" from the public site. */
  OFFER(BillingBasis.NOT_BILLED, false, false),
  /** "Recommend us": a client recommends a prospect. */
  REFERRAL(BillingBasis.NOT_BILLED, false, false);

  /** How billing prices a request of this type once its protocol is accepted. */
  public enum BillingBasis {
    BY_TIME,
    BY_TIME_DOUBLE,
    FIXED_FEE,
    NOT_BILLED
  }

  private final BillingBasis billingBasis;
  private final boolean needsProtocol;
  private final boolean clientService;

  RequestType(BillingBasis billingBasis, boolean needsProtocol, boolean clientService) {
    this.billingBasis = billingBasis;
    this.needsProtocol = needsProtocol;
    this.clientService = clientService;
  }

  public BillingBasis billingBasis() {
    return billingBasis;
  }

  /** Whether the work ends with a two-sided protocol (and becomes billable only when accepted). */
  public boolean needsProtocol() {
    return needsProtocol;
  }

  /** Whether a client files it through the request form (web site, portal). */
  public boolean isClientService() {
    return clientService;
  }

  public String messageKey() {
    return "sd.type." + name();
  }
}
