package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The two-sided protocol of a service: the consultant states what was done, how long it took and
 * the result (and signs it by writing it); the client administrator accepts it with a rating of the
 * quality, or disputes it. Only accepted work is billable.
 */
@Entity
@Table(name = "service_protocol")
@NamedQuery(
    name = Protocol.FIND_BY_REQUEST,
    query = "select p from Protocol p where p.request.id = :request")
public class Protocol {

  public static final String FIND_BY_REQUEST = "Protocol.findByRequest";

  /** The client's answer to the protocol. */
  public enum Decision {
    ACCEPTED,
    DISPUTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(name = "work_done", nullable = false, columnDefinition = "TEXT")
  private String workDone;

  @Column(nullable = false)
  private int minutes;

  @Column(nullable = false, length = 2000)
  private String result;

  @Column(nullable = false)
  private int revision = 1;

  @Column(nullable = false, length = 100)
  private String consultant;

  @Column(name = "consultant_signed_at", nullable = false)
  private Instant consultantSignedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Decision decision;

  @Column(name = "client_signer", length = 100)
  private String clientSigner;

  @Column(name = "client_decided_at")
  private Instant clientDecidedAt;

  private Integer rating;

  @Column(name = "client_comment", length = 2000)
  private String clientComment;

  @Version private int version;

  protected Protocol() {}

  public Protocol(ServiceRequest request) {
    this.request = request;
  }

  /** The consultant writes (or, after a dispute, rewrites) the protocol and signs it. */
  public void write(String workDone, int minutes, String result, String consultant, Instant now) {
    workDone = PlainText.text(workDone);
    result = PlainText.text(result);
    if (workDone == null || workDone.isBlank() || result == null || result.isBlank()) {
      throw new RequestRuleException("sd.rule.protocolIncomplete");
    }
    if (minutes < 0 || minutes > 24 * 60 * 10) {
      throw new RequestRuleException("sd.rule.protocolMinutes");
    }
    if (decision == Decision.ACCEPTED) {
      throw new RequestRuleException("sd.rule.protocolAccepted");
    }
    if (this.consultant != null) {
      revision++;
    }
    this.workDone = workDone.strip();
    this.minutes = minutes;
    this.result =
        result.strip().length() > 2000 ? result.strip().substring(0, 2000) : result.strip();
    this.consultant = consultant;
    this.consultantSignedAt = now;
    this.decision = null;
    this.clientSigner = null;
    this.clientDecidedAt = null;
    this.rating = null;
    this.clientComment = null;
  }

  /** The client administrator accepts with a rating from 1 to 5. */
  public void accept(int rating, String comment, String signer, Instant now) {
    if (rating < 1 || rating > 5) {
      throw new RequestRuleException("sd.rule.rating");
    }
    decide(Decision.ACCEPTED, comment, signer, now);
    this.rating = rating;
  }

  /** The client administrator disputes; the reason is required. */
  public void dispute(String comment, String signer, Instant now) {
    comment = PlainText.text(comment);
    if (comment == null || comment.isBlank()) {
      throw new RequestRuleException("sd.rule.disputeReason");
    }
    decide(Decision.DISPUTED, comment, signer, now);
  }

  private void decide(Decision decision, String comment, String signer, Instant now) {
    if (this.decision != null) {
      throw new RequestRuleException("sd.rule.protocolDecided");
    }
    this.decision = decision;
    comment = PlainText.text(comment);
    this.clientComment =
        comment == null || comment.isBlank()
            ? null
            : comment.strip().length() > 2000
                ? comment.strip().substring(0, 2000)
                : comment.strip();
    this.clientSigner = signer;
    this.clientDecidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public String getWorkDone() {
    return workDone;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getResult() {
    return result;
  }

  public int getRevision() {
    return revision;
  }

  public String getConsultant() {
    return consultant;
  }

  public Instant getConsultantSignedAt() {
    return consultantSignedAt;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getClientSigner() {
    return clientSigner;
  }

  public Instant getClientDecidedAt() {
    return clientDecidedAt;
  }

  public Integer getRating() {
    return rating;
  }

  public String getClientComment() {
    return clientComment;
  }
}
