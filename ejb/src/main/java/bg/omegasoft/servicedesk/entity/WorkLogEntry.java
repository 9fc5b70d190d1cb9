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
import java.time.Duration;
import java.time.Instant;

/** Work a consultant did on a request: from when to when, and what. Billing prices this time. */
@Entity
@Table(name = "work_log_entry")
@NamedQuery(
    name = WorkLogEntry.FIND_BY_REQUEST,
    query = "select w from WorkLogEntry w where w.request.id = :request order by w.startedAt")
public class WorkLogEntry {

  public static final String FIND_BY_REQUEST = "WorkLogEntry.findByRequest";
  public static final Duration LONGEST = Duration.ofHours(12);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(nullable = false, length = 100)
  private String consultant;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  @Column(name = "work_done", nullable = false, length = 2000)
  private String workDone;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected WorkLogEntry() {}

  public WorkLogEntry(
      ServiceRequest request,
      String consultant,
      Instant startedAt,
      Instant endedAt,
      String workDone,
      Instant now) {
    if (startedAt == null || endedAt == null || !endedAt.isAfter(startedAt)) {
      throw new RequestRuleException("sd.rule.workPeriod");
    }
    if (Duration.between(startedAt, endedAt).compareTo(LONGEST) > 0) {
      throw new RequestRuleException("sd.rule.workTooLong");
    }
    if (endedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
      throw new RequestRuleException("sd.rule.workInFuture");
    }
    workDone = PlainText.text(workDone);
    if (workDone == null || workDone.isBlank()) {
      throw new RequestRuleException("sd.rule.workDescription");
    }
    RequestStatus status = request.getStatus();
    if (status != RequestStatus.IN_PROGRESS && status != RequestStatus.SCHEDULED) {
      throw new RequestRuleException("sd.rule.workNotNow");
    }
    this.request = request;
    this.consultant = consultant;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.workDone =
        workDone.strip().length() > 2000 ? workDone.strip().substring(0, 2000) : workDone.strip();
    this.recordedAt = now;
  }

  public long minutes() {
    return Duration.between(startedAt, endedAt).toMinutes();
  }

  public Long getId() {
    return id;
  }

  public String getConsultant() {
    return consultant;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getWorkDone() {
    return workDone;
  }

  public long getMinutes() {
    return minutes();
  }
}
