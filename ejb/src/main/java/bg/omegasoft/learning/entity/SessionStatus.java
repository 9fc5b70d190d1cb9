package bg.omegasoft.learning.entity;

/** A planned session takes enrolments; a cancelled or completed one does not. */
public enum SessionStatus {
  PLANNED,
  CANCELLED,
  COMPLETED;

  public String messageKey() {
    return "sessionStatus." + name();
  }
}
