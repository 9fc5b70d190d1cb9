package bg.omegasoft.notifications.entity;

import bg.omegasoft.messaging.boundary.MailTexts;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * One notice as one person received it: its text (a key of the mail bundle and its arguments, so
 * each reader reads it in their own language), the page it leads to, when it came and when it was
 * read. The same notice (dedup key) is kept once per person.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.UNREAD_COUNT,
    query = "select count(n) from Notification n where n.recipientId = :user and n.readAt is null")
@NamedQuery(
    name = Notification.OF_RECIPIENT,
    query =
        "select n from Notification n where n.recipientId = :user"
            + " order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = Notification.COUNT_OF_RECIPIENT,
    query = "select count(n) from Notification n where n.recipientId = :user")
@NamedQuery(
    name = Notification.KEPT,
    query = "select count(n) from Notification n where n.recipientId = :user and n.dedupKey = :key")
@NamedQuery(
    name = Notification.MARK_ALL_READ,
    query =
        "update Notification n set n.readAt = :now where n.recipientId = :user"
            + " and n.readAt is null")
@NamedQuery(
    name = Notification.REMOVE_READ_BEFORE,
    query = "delete from Notification n where n.readAt < :cutoff")
@NamedQuery(
    name = Notification.REMOVE_OF_RECIPIENT,
    query = "delete from Notification n where n.recipientId = :user")
public class Notification {

  public static final String UNREAD_COUNT = "Notification.unreadCount";
  public static final String OF_RECIPIENT = "Notification.ofRecipient";
  public static final String COUNT_OF_RECIPIENT = "Notification.countOfRecipient";
  public static final String KEPT = "Notification.kept";
  public static final String MARK_ALL_READ = "Notification.markAllRead";
  public static final String REMOVE_READ_BEFORE = "Notification.removeReadBefore";
  public static final String REMOVE_OF_RECIPIENT = "Notification.removeOfRecipient";

  /** Read notifications are kept this long after they were read, then removed. */
  public static final Duration KEEP_READ = Duration.ofDays(90);

  /** The longest dedup key stored as given; longer ones are stored as their SHA-256. */
  public static final int MAX_KEY = 190;

  static final int MAX_LINK = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_id", nullable = false)
  private long recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Notice.Kind kind;

  @Column(name = "message_key", nullable = false, length = 120)
  private String messageKey;

  @Convert(converter = Arguments.class)
  @Column(nullable = false)
  private List<String> arguments = List.of();

  @Column(length = MAX_LINK)
  private String link;

  @Column(name = "dedup_key", nullable = false, length = MAX_KEY)
  private String dedupKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  /** The notice as kept for one person (not yet read). */
  public Notification(long recipientId, Notice notice, Instant now) {
    this.recipientId = recipientId;
    this.kind = notice.kind();
    this.messageKey = notice.messageKey();
    this.arguments = notice.arguments();
    this.link = link(notice.link());
    this.dedupKey = key(notice.dedupKey());
    this.createdAt = now;
  }

  /**
   * A link the platform may send its reader to: a path inside the application (starting with one
   * slash), never another site; anything else (or too long) is no link.
   */
  public static String link(String link) {
    if (link == null
        || link.length() > MAX_LINK
        || !link.startsWith("/")
        || link.startsWith("//")
        || link.startsWith("/\\")
        || link.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return null;
    }
    return link;
  }

  /** The dedup key as stored: as given when it fits, else its SHA-256 in hex. */
  public static String key(String dedupKey) {
    if (dedupKey.length() <= MAX_KEY) {
      return dedupKey;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The text in the reader's language; a key the mail bundle does not (yet) have reads as the key
   * itself rather than failing the page.
   */
  public String text(Locale locale) {
    try {
      return MailTexts.text(locale, messageKey, arguments.toArray());
    } catch (MissingResourceException | IllegalArgumentException e) {
      return messageKey;
    }
  }

  /** Marks it read now, unless it was read before (the first reading counts). */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public Notice.Kind getKind() {
    return kind;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getArguments() {
    return arguments;
  }

  public String getLink() {
    return link;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
