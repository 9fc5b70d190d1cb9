package bg.omegasoft.contracts.entity;

/** Where a contract is in its life. */
public enum ContractStatus {
  /** Scope and price being agreed; not binding, no number. */
  DRAFT,
  /** Signed and numbered; in force for its period (renewals extend it). */
  CONCLUDED,
  /** Ended early on a date, with a reason; in force until the day before that date. */
  TERMINATED,
  /** Ran to its end without renewal. */
  EXPIRED;

  /** How a page marks the status: in force green, a draft blue, an ended contract grey. */
  public String severity() {
    return switch (this) {
      case CONCLUDED -> "success";
      case DRAFT -> "info";
      case TERMINATED, EXPIRED -> "secondary";
    };
  }

  /** Whether the contract was ever concluded, so it had a number and a period of force. */
  public boolean wasConcluded() {
    return this != DRAFT;
  }
}
