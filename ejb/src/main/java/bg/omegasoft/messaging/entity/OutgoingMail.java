package bg.omegasoft.messaging.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An e-mail the platform owes someone, written in the same transaction as the change it tells about
 * and sent once that transaction committed; retried with growing pauses while the mail server is
 * away, and given up (FAILED, for an administrator to resend) after {@link #MAX_ATTEMPTS}. The
 * dedup key names the business event, so one event never queues two mails.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(
    name = OutgoingMail.FIND_DUE,
    query =
        "select m.id from OutgoingMail m where m.state = bg.omegasoft.messaging.entity.MailState.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(
    name = OutgoingMail.CLAIM,
    query =
        "update OutgoingMail m set m.nextAttemptAt = :until where m.id = :id"
            + " and m.state = bg.omegasoft.messaging.entity.MailState.PENDING"
            + " and m.nextAttemptAt <= :now")
@NamedQuery(
    name = OutgoingMail.FIND_BY_DEDUP_KEY,
    query = "select m from OutgoingMail m where m.dedupKey = :key")
@NamedQuery(
    name = OutgoingMail.FIND_BY_TOPIC,
    query = "select m from OutgoingMail m where m.topic = :topic order by m.id")
@NamedQuery(
    name = OutgoingMail.FIND_BY_USER,
    query = "select m from OutgoingMail m where m.recipientUserId = :userId order by m.id")
public class OutgoingMail {

  public static final String FIND_DUE = "OutgoingMail.findDue";
  public static final String CLAIM = "OutgoingMail.claim";
  public static final String FIND_BY_DEDUP_KEY = "OutgoingMail.findByDedupKey";
  public static final String FIND_BY_TOPIC = "OutgoingMail.findByTopic";
  public static final String FIND_BY_USER = "OutgoingMail.findByUser";

  /** Attempts before a mail is given up: with the pauses below about four hours of retrying. */
  public static final int MAX_ATTEMPTS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** One address or several, separated by commas. */
  @Column(nullable = false, length = 1000)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  private String body;

  @Column(name = "html_body", columnDefinition = "MEDIUMTEXT")
  private String htmlBody;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "message_id", nullable = false, length = 255)
  private String messageId;

  @Column(name = "in_reply_to", length = 255)
  private String inReplyTo;

  /** What the mail is about, for the capability that queued it ("service-request:42"). */
  @Column(length = 100)
  private String topic;

  /** The platform user it is addressed to, when it is one (for their personal-data requests). */
  @Column(name = "recipient_user_id")
  private Long recipientUserId;

  @Column(name = "dedup_key", nullable = false, length = 190, unique = true)
  private String dedupKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailState state = MailState.PENDING;

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

  @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<MailAttachment> attachments = new ArrayList<>();

  protected OutgoingMail() {}

  public OutgoingMail(
      List<String> recipients,
      String subject,
      String body,
      String language,
      String messageId,
      String dedupKey,
      Instant now) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("A mail needs a recipient");
    }
    this.recipient = String.join(", ", recipients);
    this.subject = subject.length() <= 300 ? subject : subject.substring(0, 300);
    this.body = body;
    this.language = language;
    this.messageId = messageId;
    this.dedupKey = dedupKey == null ? messageId : dedupKey;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void about(String topic, Long recipientUserId) {
    this.topic = topic;
    this.recipientUserId = recipientUserId;
  }

  public void replyTo(String messageId) {
    this.inReplyTo = messageId;
  }

  public void html(String html) {
    this.htmlBody = html;
  }

  public void attach(String fileName, String contentType, byte[] content) {
    attachments.add(new MailAttachment(this, attachments.size(), fileName, contentType, content));
  }

  public List<String> recipients() {
    return Arrays.stream(recipient.split(",")).map(String::strip).toList();
  }

  public void sent(Instant now) {
    state = MailState.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /**
   * A failed attempt: the next waits longer (1, 2, 4 … minutes, at most an hour); after {@link
   * #MAX_ATTEMPTS} the mail is FAILED and waits for an administrator.
   */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null ? "?" : error.length() <= 500 ? error : error.substring(0, 500);
    if (attempts >= MAX_ATTEMPTS) {
      state = MailState.FAILED;
    } else {
      nextAttemptAt = now.plus(backOff(attempts));
    }
  }

  static Duration backOff(int attempts) {
    return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
  }

  /** An administrator sends a failed mail again: a fresh series of attempts, starting now. */
  public void resend(Instant now) {
    if (state != MailState.FAILED) {
      throw new IllegalStateException("Only a failed mail is resent");
    }
    state = MailState.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  public boolean isResendable() {
    return state == MailState.FAILED;
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

  public String getHtmlBody() {
    return htmlBody;
  }

  public String getLanguage() {
    return language;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public String getTopic() {
    return topic;
  }

  public Long getRecipientUserId() {
    return recipientUserId;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public MailState getState() {
    return state;
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

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public List<MailAttachment> getAttachments() {
    return attachments;
  }
}
