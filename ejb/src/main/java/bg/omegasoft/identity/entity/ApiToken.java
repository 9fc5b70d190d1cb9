package bg.omegasoft.identity.entity;

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

/**
 * A personal API token: the user's own key to the REST API, with the user's roles. Only a SHA-256
 * hash of the secret is kept; the secret is shown once, when the token is created.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.FIND_BY_HASH, query = "select t from ApiToken t where t.hash = :hash")
@NamedQuery(
    name = ApiToken.FIND_BY_USER,
    query = "select t from ApiToken t where t.user = :user order by t.createdAt desc")
@NamedQuery(
    name = ApiToken.FIND_ENDED_BEFORE,
    query =
        "select t.id from ApiToken t where (t.revokedAt is not null and t.revokedAt < :cutoff)"
            + " or (t.expiresAt is not null and t.expiresAt < :cutoff) order by t.id")
public class ApiToken {

  public static final String FIND_BY_HASH = "ApiToken.findByHash";
  public static final String FIND_BY_USER = "ApiToken.findByUser";
  public static final String FIND_ENDED_BEFORE = "ApiToken.findEndedBefore";

  /** Last use is written at most this often, so API calls do not each write to the database. */
  static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String hash;

  /** The first characters of the secret, so the owner can tell tokens apart. */
  @Column(nullable = false, length = 12)
  private String prefix;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(
      User user, String name, String hash, String prefix, Instant createdAt, Instant expiresAt) {
    this.user = user;
    this.name = name.strip();
    this.hash = hash;
    this.prefix = prefix;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isActiveAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** Whether the token ended (was revoked or expired) before the given moment. */
  public boolean endedBefore(Instant moment) {
    return (revokedAt != null && revokedAt.isBefore(moment))
        || (expiresAt != null && expiresAt.isBefore(moment));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /** Notes a use; answers whether the record changed. */
  public boolean recordUse(Instant now) {
    if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_RESOLUTION))) {
      lastUsedAt = now;
      return true;
    }
    return false;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
