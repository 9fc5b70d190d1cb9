package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a request's conversation: a mail that came in or went out, a staff reply, the
 * client's answer in the portal, or an internal note of the staff that never leaves the desk and
 * the client never sees.
 */
@Entity
@Table(name = "request_message")
@NamedQuery(
    name = RequestMessage.FIND_BY_REQUEST,
    query = "select m from RequestMessage m where m.request.id = :request order by m.occurredAt")
@NamedQuery(
    name = RequestMessage.FIND_BY_MESSAGE_ID,
    query = "select m from RequestMessage m where m.messageId in :ids")
@NamedQuery(
    name = RequestMessage.FIND_FOR_CLIENT,
    query =
        "select m from RequestMessage m where m.request.id = :request and m.kind <> 'NOTE'"
            + " order by m.occurredAt")
@NamedQuery(
    name = RequestMessage.FIND_LAST_INCOMING_MAIL,
    query =
        "select m from RequestMessage m where m.request.id = :request and m.direction = 'IN'"
            + " and m.messageId is not null order by m.occurredAt desc, m.id desc")
public class RequestMessage {

  public static final String FIND_BY_REQUEST = "RequestMessage.findByRequest";
  public static final String FIND_BY_MESSAGE_ID = "RequestMessage.findByMessageId";

  /** The longest reply, note or answer a person may write. */
  public static final int MAX_TEXT = 10_000;

  public static final String FIND_FOR_CLIENT = "RequestMessage.findForClient";
  public static final String FIND_LAST_INCOMING_MAIL = "RequestMessage.findLastIncomingMail";

  /** In from the client, or out to the client. */
  public enum Direction {
    IN,
    OUT
  }

  /** How the message travelled: by mail, through the portal, or not at all (a staff note). */
  public enum Kind {
    MAIL,
    PORTAL,
    NOTE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(nullable = false, length = 3)
  private String direction;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 254)
  private String sender;

  @Column(length = 300)
  private String subject;

  @Column(columnDefinition = "TEXT")
  private String body;

  @Column(name = "message_id", length = 255)
  private String messageId;

  @Column(nullable = false, length = 10)
  private String kind = Kind.MAIL.name();

  /** The user who wrote it (staff reply, note, portal answer); null for mails of outsiders. */
  @Column(length = 100)
  private String author;

  protected RequestMessage() {}

  public RequestMessage(
      ServiceRequest request,
      Direction direction,
      Instant occurredAt,
      String sender,
      String subject,
      String body,
      String messageId) {
    this.request = request;
    this.direction = direction.name();
    this.occurredAt = occurredAt;
    this.sender = sender == null ? "?" : clip(PlainText.line(sender), 254);
    this.subject = subject == null ? null : clip(PlainText.line(subject), 300);
    this.body = PlainText.text(body);
    this.messageId = messageId == null ? null : clip(messageId, 255);
  }

  /**
   * A staff member's reply to the client, mailed with the given subject and Message-ID; without a
   * Message-ID (no address to mail it to) the client reads it in the portal only.
   */
  public static RequestMessage staffReply(
      ServiceRequest request,
      Instant now,
      String author,
      String sender,
      String subject,
      String text,
      String messageId) {
    RequestMessage reply =
        new RequestMessage(request, Direction.OUT, now, sender, subject, written(text), messageId);
    reply.author = author;
    if (messageId == null) {
      reply.kind = Kind.PORTAL.name();
    }
    return reply;
  }

  /** A note of the staff for the staff: never mailed, never shown to the client. */
  public static RequestMessage note(
      ServiceRequest request, Instant now, String author, String text) {
    RequestMessage note =
        new RequestMessage(request, Direction.OUT, now, author, null, written(text), null);
    note.kind = Kind.NOTE.name();
    note.author = author;
    return note;
  }

  /**
   * The client's answer written in the portal; a closed request takes no more answers (the client
   * files a new request instead).
   */
  public static RequestMessage portalAnswer(
      ServiceRequest request, Instant now, String author, String authorName, String text) {
    if (!request.getStatus().isOpen()) {
      throw new RequestRuleException(
          "sd.conversation.closed", Objects.toString(request.getNumber(), ""));
    }
    RequestMessage answer =
        new RequestMessage(
            request,
            Direction.IN,
            now,
            authorName == null ? author : authorName,
            null,
            written(text),
            null);
    answer.kind = Kind.PORTAL.name();
    answer.author = author;
    return answer;
  }

  /** A text a person wrote, checked: not blank, not too long; stripped. */
  public static String written(String text) {
    if (text == null || PlainText.text(text).isBlank()) {
      throw new RequestRuleException("sd.conversation.textRequired");
    }
    if (text.length() > MAX_TEXT) {
      throw new RequestRuleException("sd.conversation.textTooLong", MAX_TEXT);
    }
    return text.strip();
  }

  /** Whether the client sees it (in the portal, the API): everything but the staff's notes. */
  public boolean isVisibleToClient() {
    return getKind() != Kind.NOTE;
  }

  public boolean isNote() {
    return getKind() == Kind.NOTE;
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Direction getDirection() {
    return Direction.valueOf(direction);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getSender() {
    return sender;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getMessageId() {
    return messageId;
  }

  public Kind getKind() {
    return Kind.valueOf(kind);
  }

  public String getAuthor() {
    return author;
  }
}
