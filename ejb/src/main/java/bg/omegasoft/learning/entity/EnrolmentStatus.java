package bg.omegasoft.learning.entity;

/** A seat is confirmed or waited for; cancelled and completed enrolments hold no seat. */
public enum EnrolmentStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED,
  COMPLETED;

  public String messageKey() {
    return "enrolmentStatus." + name();
  }
}
