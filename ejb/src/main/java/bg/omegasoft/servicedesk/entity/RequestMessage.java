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

/** One message of a request's conversation: a mail that came in or went out. */
@Entity
@Table(name = "request_message")
@NamedQuery(
    name = RequestMessage.FIND_BY_REQUEST,
    query = "select m from RequestMessage m where m.request.id = :request order by m.occurredAt")
@NamedQuery(
    name = RequestMessage.FIND_BY_MESSAGE_ID,
    query = "select m from RequestMessage m where m.messageId in :ids")
public class RequestMessage {

  public static final String FIND_BY_REQUEST = "RequestMessage.findByRequest";
  public static final String FIND_BY_MESSAGE_ID = "RequestMessage.findByMessageId";

  /** In from the client, or out to the client. */
  public enum Direction {
    IN,
    OUT
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
}
