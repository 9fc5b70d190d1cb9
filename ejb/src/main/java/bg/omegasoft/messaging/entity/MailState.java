package bg.omegasoft.messaging.entity;

/** Where an outgoing mail is: waiting (or being retried), delivered, or given up on. */
public enum MailState {
  PENDING,
  SENT,
  FAILED;

  /** How a page marks the state: delivered green, given up red, still waiting amber. */
  public String severity() {
    return switch (this) {
      case SENT -> "success";
      case FAILED -> "danger";
      case PENDING -> "warning";
    };
  }
}
