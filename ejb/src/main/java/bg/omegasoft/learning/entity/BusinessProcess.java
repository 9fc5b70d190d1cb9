package bg.omegasoft.learning.entity;

/** The client's business processes that the Omex products serve: the needs-analysis checklist. */
public enum BusinessProcess {
  HIRING,
  CONTRACT_CHANGES,
  TERMINATION,
  MONTHLY_PAYROLL,
  LEAVE,
  SICK_LEAVE,
  SOCIAL_SECURITY_DECLARATIONS,
  ANNUAL_TAX_RECONCILIATION,
  SHIFT_SCHEDULES,
  TIME_RECORDING,
  OVERTIME,
  HR_REPORTS;

  public String messageKey() {
    return "process." + name();
  }
}
