package bg.omegasoft.contracts.entity;

/** The named manager's decision on a needs assessment. */
public enum Decision {
  PENDING,
  /** The vendor can deliver the volume and quality asked. */
  APPROVED,
  REFUSED
}
