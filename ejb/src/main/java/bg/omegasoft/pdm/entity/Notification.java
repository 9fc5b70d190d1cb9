package bg.omegasoft.pdm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail telling someone on the other side that a file arrived, kept in an outbox: written in
 * the upload's transaction, sent afterwards, retried with growing pauses. It never holds the file's
 * name or content.
 */
@Entity
@Table(name = "pdm_notification")
@NamedQuery(
    name = Notification.FIND_PENDING,
    query =
        "select n from Notification n where n.sentAt is null and n.attempts < :maxAttempts"
            + " and n.nextAttemptAt <= :now order by n.id")
@NamedQuery(
    name = Notification.FIND_BY_FILE,
    query = "select n from Notification n where n.fileId = :fileId order by n.id")
public class Notification {

  public static final String FIND_PENDING = "Notification.findPending";
  public static final String FIND_BY_FILE = "Notification.findByFile";
  public static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "file_id", nullable = false)
  private Long fileId;

  @Column(name = "recipient_user_id", nullable = false)
  private Long recipientUserId;

  @Column(name = "recipient_email", nullable = false, length = 254)
  private String recipientEmail;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected Notification() {}

  public Notification(
      long clientId,
      long fileId,
      long recipientUserId,
      String recipientEmail,
      String subject,
      String body,
      Instant now) {
    this.clientId = clientId;
    this.fileId = fileId;
    this.recipientUserId = recipientUserId;
    this.recipientEmail = recipientEmail;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void sent(Instant now) {
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /** A failed attempt: the next one waits twice as long as the previous pause (1, 2, 4 ... min). */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getFileId() {
    return fileId;
  }

  public Long getRecipientUserId() {
    return recipientUserId;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
