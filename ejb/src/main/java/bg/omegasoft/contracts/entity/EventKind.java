package bg.omegasoft.contracts.entity;

/** What happened to a contract, for its history. */
public enum EventKind {
  DRAFTED,
  DRAFT_CHANGED,
  CONCLUDED,
  AMENDED,
  RENEWED,
  TERMINATED,
  EXPIRED
}
