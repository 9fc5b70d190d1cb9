package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What was told about a request's response clock: the warning and the breach, each once. */
@Entity
@Table(name = "response_clock_alert")
public class ResponseAlert {

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "breached_at")
  private Instant breachedAt;

  protected ResponseAlert() {}

  public ResponseAlert(long requestId) {
    this.requestId = requestId;
  }

  /** Records the warning; true the first time only. */
  public boolean warn(Instant now) {
    if (warnedAt != null || breachedAt != null) {
      return false;
    }
    warnedAt = now;
    return true;
  }

  /** Records the breach; true the first time only. */
  public boolean breach(Instant now) {
    if (breachedAt != null) {
      return false;
    }
    breachedAt = now;
    return true;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public Instant getBreachedAt() {
    return breachedAt;
  }
}
