package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
@NamedQuery(
    name = Protocol.FIND_BY_LINK,
    query = "select p from Protocol p where p.link.hash = :hash")
@NamedQuery(
    name = Protocol.FIND_UNREMINDED,
    query =
        "select p from Protocol p where p.decision is null and p.link.remindedAt is null"
            + " and p.link.hash is not null and p.consultantSignedAt < :signedBefore")
public class Protocol {

  public static final String FIND_BY_REQUEST = "Protocol.findByRequest";
  public static final String FIND_BY_LINK = "Protocol.findByLink";
  public static final String FIND_UNREMINDED = "Protocol.findUnreminded";

  /** The client's answer to the protocol. */
  public enum Decision {
    ACCEPTED,
    DISPUTED
  }

  /** Where a mailed link stands. */
  public enum LinkState {
    OPEN,
    DECIDED,
    EXPIRED
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

  @Embedded private AcceptanceLink link;

  @Enumerated(EnumType.STRING)
  @Column(name = "answered_via", length = 10)
  private AnswerVia via;

  @Embedded private AnswerEvidence received;

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
    this.via = null;
    this.received = null;
    this.link = null;
  }

  /**
   * The requester is mailed a link to answer without an account; the protocol keeps only the link's
   * hash and its deadline. A new link (the reminder's) replaces the one before.
   */
  public void offerLink(String hash, Instant dueAt) {
    link(hash, dueAt, null);
  }

  /** The one reminder of an unanswered protocol was sent, with a fresh link. */
  public void reminded(String hash, Instant dueAt, Instant now) {
    link(hash, dueAt, now);
  }

  private void link(String hash, Instant dueAt, Instant remindedAt) {
    if (decision != null) {
      throw new RequestRuleException("sd.rule.protocolDecided");
    }
    if (link == null) {
      link = new AcceptanceLink();
    }
    link.offer(hash, dueAt, remindedAt);
  }

  /** Whether a mailed link still answers the protocol: undecided and before its deadline. */
  public LinkState linkStateAt(Instant now) {
    if (decision != null) {
      return LinkState.DECIDED;
    }
    return link().isOpenAt(now) ? LinkState.OPEN : LinkState.EXPIRED;
  }

  /** The client administrator accepts with a rating from 1 to 5. */
  public void accept(int rating, String comment, String signer, Instant now) {
    accept(rating, comment, signer, AnswerVia.PORTAL, now);
  }

  /** The client accepts with a rating from 1 to 5, in the portal or by the mailed link. */
  public void accept(int rating, String comment, String signer, AnswerVia via, Instant now) {
    if (rating < 1 || rating > 5) {
      throw new RequestRuleException("sd.rule.rating");
    }
    decide(Decision.ACCEPTED, comment, signer, via, now);
    this.rating = rating;
  }

  /** The client administrator disputes; the reason is required. */
  public void dispute(String comment, String signer, Instant now) {
    dispute(comment, signer, AnswerVia.PORTAL, now);
  }

  /** The client disputes, in the portal or by the mailed link; the reason is required. */
  public void dispute(String comment, String signer, AnswerVia via, Instant now) {
    comment = PlainText.text(comment);
    if (comment == null || comment.isBlank()) {
      throw new RequestRuleException("sd.rule.disputeReason");
    }
    decide(Decision.DISPUTED, comment, signer, via, now);
  }

  /**
   * Staff record the client's answer received on paper, by e-mail or otherwise: who signed (name
   * and position), on which day, and the scan kept as evidence in the client's PDM space.
   */
  public void recordReceived(ReceivedAnswer answer, Evidence evidence, String staff, Instant now) {
    String signer = answer.checkedSigner();
    if (answer.decision() == Decision.ACCEPTED) {
      accept(
          answer.rating() == null ? 0 : answer.rating(),
          answer.comment(),
          signer,
          answer.via(),
          now);
    } else {
      dispute(answer.comment(), signer, answer.via(), now);
    }
    this.received = new AnswerEvidence(answer, evidence, staff);
  }

  /** The scan of a received answer as kept in the client's PDM space. */
  public record Evidence(long fileId, String name) {}

  private void decide(
      Decision decision, String comment, String signer, AnswerVia via, Instant now) {
    if (this.decision != null) {
      throw new RequestRuleException("sd.rule.protocolDecided");
    }
    this.via = via;
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

  /** The mailed link (never null; without a link its deadline is null). */
  public AcceptanceLink getLink() {
    return link();
  }

  public AnswerVia getVia() {
    return via;
  }

  /** What staff recorded of an answer received on paper or by e-mail, or null. */
  public AnswerEvidence getReceived() {
    return received;
  }

  private AcceptanceLink link() {
    return link == null ? new AcceptanceLink() : link;
  }

  /** Whether the client disputed it: staff see the reason. */
  public boolean isDisputed() {
    return decision == Decision.DISPUTED;
  }
}
