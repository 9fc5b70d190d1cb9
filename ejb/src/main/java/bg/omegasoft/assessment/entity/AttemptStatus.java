package bg.omegasoft.assessment.entity;

/** An attempt is in progress until the trainee or the server (at the deadline) submits it. */
public enum AttemptStatus {
  IN_PROGRESS,
  SUBMITTED;

  public String messageKey() {
    return "attemptStatus." + name();
  }
}
