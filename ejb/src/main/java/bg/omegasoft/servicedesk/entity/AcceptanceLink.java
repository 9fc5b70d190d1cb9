package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The link mailed to the requester to answer a protocol without an account: only the SHA-256 of its
 * token (the database alone does not give the link away), its deadline, and when the one reminder
 * (which replaces the link) was sent.
 */
@Embeddable
public class AcceptanceLink {

  @Column(name = "link_hash", length = 64)
  private String hash;

  @Column(name = "link_due_at")
  private Instant dueAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  /** A new link; with {@code remindedAt}, the reminder's, which replaces the first. */
  void offer(String hash, Instant dueAt, Instant remindedAt) {
    this.hash = hash;
    this.dueAt = dueAt;
    if (remindedAt != null) {
      this.remindedAt = remindedAt;
    }
  }

  boolean isOpenAt(Instant now) {
    return hash != null && dueAt != null && now.isBefore(dueAt);
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }
}
