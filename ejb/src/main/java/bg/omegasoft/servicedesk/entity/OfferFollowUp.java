package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;

/**
 * What became of an offer request: the first contact it is due by (the promise of the public form),
 * the contact staff recorded (when, how, who, a note) and whether the sender became a client or
 * declined.
 */
@Entity
@Table(name = "offer_follow_up")
@NamedQuery(
    name = OfferFollowUp.FIND_ALL,
    query = "select f from OfferFollowUp f join fetch f.request order by f.contactDueAt desc")
public class OfferFollowUp {

  public static final String FIND_ALL = "OfferFollowUp.findAll";

  /** How staff first reached the sender. */
  public enum Way {
    PHONE,
    EMAIL,
    MEETING;

    public String messageKey() {
      return "offers.way." + name();
    }
  }

  /** How an offer request ended. */
  public enum Outcome {
    CONVERTED,
    DECLINED;

    public String messageKey() {
      return "offers.outcome." + name();
    }
  }

  /** Where the request is, as the staff's list shows it. */
  public enum State {
    WAITING,
    OVERDUE,
    CONTACTED,
    CONVERTED,
    DECLINED;

    public boolean isWaiting() {
      return this == WAITING || this == OVERDUE;
    }

    /** How the staff's list marks it: overdue red, waiting amber, converted green. */
    public String severity() {
      return switch (this) {
        case OVERDUE -> "danger";
        case WAITING -> "warning";
        case CONTACTED -> "info";
        case CONVERTED -> "success";
        case DECLINED -> "secondary";
      };
    }

    public String messageKey() {
      return "offers.state." + name();
    }
  }

  @Id
  @Column(name = "request_id")
  private Long id;

  @MapsId
  @OneToOne
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(name = "contact_due_at", nullable = false)
  private Instant contactDueAt;

  @Column(name = "contacted_at")
  private Instant contactedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_way", length = 10)
  private Way contactWay;

  @Column(name = "contacted_by", length = 200)
  private String contactedBy;

  @Column(name = "contact_note", length = 1000)
  private String contactNote;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Outcome outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Version private int version;

  protected OfferFollowUp() {}

  /**
   * The clock starts at the request's receipt: the first contact is due when the promised working
   * hours of the business calendar have passed.
   */
  public OfferFollowUp(ServiceRequest request, String language, Instant contactDueAt) {
    this.request = request;
    this.language = "en".equals(language) ? "en" : "bg";
    this.contactDueAt = contactDueAt;
  }

  /**
   * Staff reached the sender: the clock stops. Only the first contact is kept; a later one is a
   * rule error.
   */
  public void recordContact(
      Instant at, Way way, String by, String note, Instant now, String actor) {
    if (contactedAt != null || outcome != null) {
      throw new RequestRuleException("offers.rule.alreadyContacted");
    }
    if (at == null || way == null || by == null || by.isBlank()) {
      throw new RequestRuleException("offers.rule.contactIncomplete");
    }
    if (at.isAfter(now) || at.isBefore(request.getReceivedAt())) {
      throw new RequestRuleException("offers.rule.contactTime");
    }
    this.contactedAt = at;
    this.contactWay = way;
    this.contactedBy = Text.blankToNull(by, 200);
    this.contactNote = Text.blankToNull(note, 1000);
    this.recordedBy = actor;
  }

  /** The offer ended: the sender became a client, or declined. Once. */
  public void close(Outcome how, Instant now, String actor) {
    if (how == null) {
      throw new RequestRuleException("offers.rule.outcomeRequired");
    }
    if (outcome != null) {
      throw new RequestRuleException("offers.rule.alreadyClosed");
    }
    this.outcome = how;
    this.closedAt = now;
    this.closedBy = actor;
  }

  /** The staff's order: waiting ones first, then contacted, then closed; each by due time. */
  public static final Comparator<OfferFollowUp> WAITING_FIRST =
      Comparator.comparingInt(OfferFollowUp::stage).thenComparing(OfferFollowUp::getContactDueAt);

  private int stage() {
    return outcome != null ? 2 : contactedAt != null ? 1 : 0;
  }

  /**
   * Waiting or overdue until the first contact (or the end), then contacted, converted, declined.
   */
  public State state(Instant now) {
    if (outcome != null) {
      return outcome == Outcome.CONVERTED ? State.CONVERTED : State.DECLINED;
    }
    if (contactedAt != null) {
      return State.CONTACTED;
    }
    return now.isAfter(contactDueAt) ? State.OVERDUE : State.WAITING;
  }

  /** Whether the first contact came (or is still due) after the promised time. */
  public boolean isLate(Instant now) {
    Instant contact = contactedAt != null ? contactedAt : closedAt != null ? closedAt : now;
    return contact.isAfter(contactDueAt);
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public String getLanguage() {
    return language;
  }

  public Instant getContactDueAt() {
    return contactDueAt;
  }

  public Instant getContactedAt() {
    return contactedAt;
  }

  public Way getContactWay() {
    return contactWay;
  }

  public String getContactedBy() {
    return contactedBy;
  }

  public String getContactNote() {
    return contactNote;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public int getVersion() {
    return version;
  }
}
