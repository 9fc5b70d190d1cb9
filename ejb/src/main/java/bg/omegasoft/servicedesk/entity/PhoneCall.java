package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.control.PhoneNorm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A phone consultation: meant to remind or point the client the right way within 5–10 minutes,
 * after the client looked in the documentation, help and forum. A case the phone cannot solve is
 * escalated into a paid support request linked to the call.
 */
@Entity
@Table(name = "phone_call")
@NamedQuery(
    name = PhoneCall.FIND_SINCE,
    query = "select c from PhoneCall c where c.startedAt >= :since order by c.startedAt desc")
@NamedQuery(
    name = PhoneCall.FIND_OPEN_OF,
    query =
        "select c from PhoneCall c where c.endedAt is null and c.consultant = :consultant"
            + " order by c.startedAt desc")
public class PhoneCall {

  public static final String FIND_SINCE = "PhoneCall.findSince";
  public static final String FIND_OPEN_OF = "PhoneCall.findOpenOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(name = "caller_name", nullable = false, length = 200)
  private String callerName;

  @Column(name = "caller_phone", length = 40)
  private String callerPhone;

  @Column(nullable = false, length = 100)
  private String consultant;

  /** The organisation's published number that took the call, as dialled; null when not known. */
  @Column(name = "phone_line", length = 40)
  private String line;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(length = 300)
  private String topic;

  @Column(length = 4000)
  private String notes;

  @Column(name = "looked_in_docs", nullable = false)
  private boolean lookedInDocs;

  @Column(name = "looked_in_help", nullable = false)
  private boolean lookedInHelp;

  @Column(name = "looked_in_forum", nullable = false)
  private boolean lookedInForum;

  @Column(name = "escalated_request_id")
  private Long escalatedRequestId;

  @Version private int version;

  protected PhoneCall() {}

  public PhoneCall(
      Client client,
      String callerName,
      String callerPhone,
      String line,
      String consultant,
      Instant now) {
    if (callerName == null || callerName.isBlank()) {
      throw new RequestRuleException("sd.rule.callerRequired");
    }
    this.client = client;
    this.callerName = callerName.strip();
    this.callerPhone = callerPhone == null || callerPhone.isBlank() ? null : callerPhone.strip();
    this.line = line == null || line.isBlank() ? null : clip(line.strip(), 40);
    this.consultant = consultant;
    this.startedAt = now;
  }

  /** What the consultant noted during the call. */
  public void note(
      String topic, String notes, boolean lookedInDocs, boolean lookedInHelp, boolean forum) {
    this.topic = topic == null || topic.isBlank() ? null : clip(topic.strip(), 300);
    this.notes = notes == null || notes.isBlank() ? null : clip(notes.strip(), 4000);
    this.lookedInDocs = lookedInDocs;
    this.lookedInHelp = lookedInHelp;
    this.lookedInForum = forum;
  }

  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public void escalatedInto(long requestId, Instant now) {
    if (escalatedRequestId != null) {
      throw new RequestRuleException("sd.rule.alreadyEscalated");
    }
    end(now);
    escalatedRequestId = requestId;
  }

  public Duration lengthAt(Instant now) {
    return Duration.between(startedAt, endedAt == null ? now : endedAt);
  }

  /** Past the norm in effect (the charter's 5 to 10 minutes, see {@link PhoneNorm}). */
  public boolean isOverNormAt(Instant now) {
    return isOverNormAt(now, PhoneNorm.current());
  }

  /** Past the given norm. */
  public boolean isOverNormAt(Instant now, Duration norm) {
    return lengthAt(now).compareTo(norm) > 0;
  }

  /** Whether the client had looked in none of documentation, help and forum before calling. */
  public boolean isSelfHelpSkipped() {
    return !lookedInDocs && !lookedInHelp && !lookedInForum;
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public String getCallerName() {
    return callerName;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public String getConsultant() {
    return consultant;
  }

  public String getLine() {
    return line;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getTopic() {
    return topic;
  }

  public String getNotes() {
    return notes;
  }

  public boolean isLookedInDocs() {
    return lookedInDocs;
  }

  public boolean isLookedInHelp() {
    return lookedInHelp;
  }

  public boolean isLookedInForum() {
    return lookedInForum;
  }

  public Long getEscalatedRequestId() {
    return escalatedRequestId;
  }

  public int getVersion() {
    return version;
  }
}
