package bg.omegasoft.messaging.entity;

/** Where an outgoing mail is: waiting (or being retried), delivered, or given up on. */
public enum MailState {
  PENDING,
  SENT,
  FAILED
}
