package bg.omegasoft.servicedesk.entity;

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

/**
 * A time in which the desk waits for the client's answer: it starts with a staff reply marked
 * "waiting for the client's answer" and ends when the client answers (portal or mail). Contract
 * response clocks pause for these intervals.
 */
@Entity
@Table(name = "request_client_wait")
@NamedQuery(
    name = ClientWait.FIND_BY_REQUEST,
    query = "select w from ClientWait w where w.request.id = :request order by w.startedAt, w.id")
@NamedQuery(
    name = ClientWait.FIND_OPEN,
    query = "select w from ClientWait w where w.request.id = :request and w.endedAt is null")
public class ClientWait {

  public static final String FIND_BY_REQUEST = "ClientWait.findByRequest";
  public static final String FIND_OPEN = "ClientWait.findOpen";

  /** The half-open interval [from, to); {@code to} is null while the desk still waits. */
  public record Interval(Instant from, Instant to) {

    /** Whether the desk waited (or still waits) at the given moment. */
    public boolean covers(Instant moment) {
      return !moment.isBefore(from) && (to == null || moment.isBefore(to));
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ClientWait() {}

  /** Only an open request waits for its client: after it is closed there is nothing to wait for. */
  public ClientWait(ServiceRequest request, Instant since) {
    if (!request.getStatus().isOpen()) {
      throw new RequestRuleException("sd.conversation.noWaitWhenClosed");
    }
    this.request = request;
    this.startedAt = since;
  }

  /** The client answered: the wait ends (never before it began). */
  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now.isBefore(startedAt) ? startedAt : now;
    }
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  public Interval interval() {
    return new Interval(startedAt, endedAt);
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
