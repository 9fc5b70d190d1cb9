package bg.omegasoft.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened: who did what to which record, when, and from which address. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FIND_BY_SUBJECT,
    query =
        "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
            + " order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = AuditEvent.FIND_ABOUT,
    query =
        "select e from AuditEvent e where e.actor = :actor"
            + " or (e.subjectType = :type and e.subjectId = :id) order by e.occurredAt, e.id")
@NamedQuery(
    name = AuditEvent.FIND_RECENT,
    query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
public class AuditEvent {

  public static final String FIND_BY_SUBJECT = "AuditEvent.findBySubject";
  public static final String FIND_RECENT = "AuditEvent.findRecent";
  public static final String FIND_ABOUT = "AuditEvent.findAbout";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(name = "subject_type", length = 60)
  private String subjectType;

  @Column(name = "subject_id", length = 100)
  private String subjectId;

  @Column(length = 1000)
  private String detail;

  @Column(name = "source_address", length = 45)
  private String sourceAddress;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String sourceAddress) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.sourceAddress = sourceAddress;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }
}
