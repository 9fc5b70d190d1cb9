package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message read from the service desk's mailbox, known by its IMAP UID (within the mailbox's
 * UIDVALIDITY): recorded in the same transaction as what it produced, so a message is handled
 * exactly once however often the reader is interrupted.
 */
@Entity
@Table(name = "mail_intake")
@NamedQuery(
    name = MailIntakeRecord.LAST_UID,
    query = "select max(m.uid) from MailIntakeRecord m where m.uidValidity = :validity")
@NamedQuery(
    name = MailIntakeRecord.COUNT_UID,
    query =
        "select count(m) from MailIntakeRecord m where m.uidValidity = :validity and m.uid = :uid")
@NamedQuery(
    name = MailIntakeRecord.COUNT_MESSAGE_ID,
    query = "select count(m) from MailIntakeRecord m where m.messageId = :messageId")
@NamedQuery(
    name = MailIntakeRecord.FIND_RECENT,
    query = "select m from MailIntakeRecord m order by m.readAt desc, m.id desc")
public class MailIntakeRecord {

  public static final String LAST_UID = "MailIntakeRecord.lastUid";
  public static final String COUNT_UID = "MailIntakeRecord.countUid";
  public static final String COUNT_MESSAGE_ID = "MailIntakeRecord.countMessageId";
  public static final String FIND_RECENT = "MailIntakeRecord.findRecent";

  /** What became of a message. */
  public enum Outcome {
    /** A new request of a known client. */
    NEW_REQUEST,
    /** A new request from an unknown sender, waiting in the triage queue. */
    TRIAGE,
    /** A reply, added to the conversation of its request. */
    THREADED,
    /** Not made into anything; the reason says why. */
    SET_ASIDE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "uid_validity", nullable = false)
  private long uidValidity;

  @Column(nullable = false)
  private long uid;

  @Column(name = "message_id", length = 255)
  private String messageId;

  @Column(length = 254)
  private String sender;

  @Column(length = 300)
  private String subject;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(length = 1000)
  private String reason;

  @Column(name = "request_id")
  private Long requestId;

  protected MailIntakeRecord() {}

  public MailIntakeRecord(
      long uidValidity,
      long uid,
      String messageId,
      String sender,
      String subject,
      Instant readAt,
      Outcome outcome,
      String reason,
      Long requestId) {
    this.uidValidity = uidValidity;
    this.uid = uid;
    this.messageId = clip(messageId, 255);
    this.sender = clip(sender, 254);
    this.subject = clip(subject, 300);
    this.readAt = readAt;
    this.outcome = outcome;
    this.reason = clip(reason, 1000);
    this.requestId = requestId;
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getUidValidity() {
    return uidValidity;
  }

  public long getUid() {
    return uid;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getSender() {
    return sender;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public Long getRequestId() {
    return requestId;
  }
}
