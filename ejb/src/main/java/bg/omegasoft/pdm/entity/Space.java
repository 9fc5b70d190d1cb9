package bg.omegasoft.pdm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** The exchange space of one client company; its id is the client's id. */
@Entity
@Table(name = "pdm_space")
public class Space {

  public static final int MAX_RETENTION_DAYS = 3650;

  @Id
  @Column(name = "client_id")
  private Long clientId;

  /** The client's own default retention; null: the platform's default. */
  @Column(name = "retention_days")
  private Integer retentionDays;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Space() {}

  public Space(long clientId, Instant createdAt) {
    this.clientId = clientId;
    this.createdAt = createdAt;
  }

  /** Whether a number of days is an acceptable retention period. */
  public static boolean isValidRetention(Integer days) {
    return days != null && days >= 1 && days <= MAX_RETENTION_DAYS;
  }

  /** The retention of new files: the space's own, else the platform's default. */
  public Duration retention(int platformDefaultDays) {
    return Duration.ofDays(retentionDays == null ? platformDefaultDays : retentionDays);
  }

  public void keepFilesFor(Integer days) {
    this.retentionDays = days;
  }

  public Long getClientId() {
    return clientId;
  }

  public Integer getRetentionDays() {
    return retentionDays;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
