package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a request's status: who, when, from, to, and why. */
@Entity
@Table(name = "service_request_transition")
public class Transition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 30)
  private RequestStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 30)
  private RequestStatus to;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(length = 500)
  private String note;

  protected Transition() {}

  Transition(
      ServiceRequest request,
      RequestStatus from,
      RequestStatus to,
      Instant occurredAt,
      String actor,
      String note) {
    this.request = request;
    this.from = from;
    this.to = to;
    this.occurredAt = occurredAt;
    this.actor = Text.clip(actor, 100);
    this.note = Text.blankToNull(note, 500);
  }

  public RequestStatus getFrom() {
    return from;
  }

  public RequestStatus getTo() {
    return to;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }
}
