package bg.omegasoft.contracts.entity;

/** How often the contract's fee is invoiced, always in advance from the contract's start. */
public enum FeePeriod {
  MONTHLY(1),
  QUARTERLY(3),
  YEARLY(12);

  private final int months;

  FeePeriod(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
