package bg.omegasoft.learning.entity;

/** A seat is confirmed or waited for; cancelled and completed enrolments hold no seat. */
public enum EnrolmentStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED,
  COMPLETED;

  /** How a page marks the status: a seat held green, waiting amber, the rest grey. */
  public String severity() {
    return switch (this) {
      case CONFIRMED, COMPLETED -> "success";
      case WAITLISTED -> "warning";
      case CANCELLED -> "secondary";
    };
  }

  public String messageKey() {
    return "enrolmentStatus." + name();
  }
}
