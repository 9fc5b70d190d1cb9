package bg.omegasoft.servicedesk.entity;

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
 * An e-mail the platform owes someone, written in the same transaction as the change it tells
 * about, and sent once that transaction committed; retried with growing pauses while the mail
 * server is away.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(
    name = OutgoingMail.FIND_DUE,
    query =
        "select m.id from OutgoingMail m where m.sentAt is null and m.attempts < :maxAttempts"
            + " and m.nextAttemptAt <= :now order by m.id")
@NamedQuery(
    name = OutgoingMail.FIND_OF_REQUEST,
    query = "select m from OutgoingMail m where m.requestId = :request order by m.id")
@NamedQuery(
    name = OutgoingMail.DELETE_OF_REQUEST,
    query = "delete from OutgoingMail m where m.requestId = :request")
public class OutgoingMail {

  public static final String FIND_DUE = "OutgoingMail.findDue";
  public static final String FIND_OF_REQUEST = "OutgoingMail.findOfRequest";
  public static final String DELETE_OF_REQUEST = "OutgoingMail.deleteOfRequest";
  public static final int MAX_ATTEMPTS = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  /** An iCalendar object (text/calendar) sent with the mail, or null. */
  @Column(columnDefinition = "TEXT")
  private String calendar;

  @Column(name = "calendar_method", length = 10)
  private String calendarMethod;

  @Column(name = "message_id", nullable = false, length = 255)
  private String messageId;

  @Column(name = "in_reply_to", length = 255)
  private String inReplyTo;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected OutgoingMail() {}

  public OutgoingMail(
      String recipient,
      String subject,
      String body,
      String messageId,
      Long requestId,
      Instant now) {
    this.recipient = recipient;
    this.subject = subject.length() <= 300 ? subject : subject.substring(0, 300);
    this.body = body;
    this.messageId = messageId;
    this.requestId = requestId;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void attachCalendar(String method, String ics) {
    this.calendarMethod = method;
    this.calendar = ics;
  }

  public void replyTo(String messageId) {
    this.inReplyTo = messageId;
  }

  public void sent(Instant now) {
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /** A failed attempt: the next waits longer (1, 2, 4 … minutes, at most an hour). */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null ? "?" : error.length() <= 500 ? error : error.substring(0, 500);
    long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
    nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getCalendar() {
    return calendar;
  }

  public String getCalendarMethod() {
    return calendarMethod;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }
}
