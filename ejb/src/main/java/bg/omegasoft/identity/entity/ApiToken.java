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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A personal API token: the user's own key to the REST API, with the user's roles. Only a SHA-256
 * hash of the secret is kept; the secret is shown once, when the token is created. Every token
 * ends: valid through a last day chosen by its owner, 90 days by default and a year at most; a new
 * password or an administrator's reset ends it too.
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
            + " or t.expiresAt < :cutoff order by t.id")
@NamedQuery(
    name = ApiToken.REVOKE_ACTIVE_OF_USER,
    query =
        "update ApiToken t set t.revokedAt = :now where t.user = :user and t.revokedAt is null"
            + " and t.expiresAt > :now")
public class ApiToken {

  public static final String FIND_BY_HASH = "ApiToken.findByHash";
  public static final String FIND_BY_USER = "ApiToken.findByUser";
  public static final String FIND_ENDED_BEFORE = "ApiToken.findEndedBefore";
  public static final String REVOKE_ACTIVE_OF_USER = "ApiToken.revokeActiveOfUser";

  /** Days a token is valid after the day it is made when its owner chooses no date. */
  public static final int DEFAULT_VALID_DAYS = 90;

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

  @Column(name = "expires_at", nullable = false)
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
    this.expiresAt = Objects.requireNonNull(expiresAt, "every token ends");
  }

  /** The last day of validity when the owner chooses none. */
  public static LocalDate defaultLastDay(LocalDate today) {
    return today.plusDays(DEFAULT_VALID_DAYS);
  }

  /** The latest last day of validity an owner may choose: a year from today. */
  public static LocalDate latestLastDay(LocalDate today) {
    return today.plusYears(1);
  }

  public boolean isActiveAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Whether the token ended (was revoked or expired) before the given moment. */
  public boolean endedBefore(Instant moment) {
    return (revokedAt != null && revokedAt.isBefore(moment)) || expiresAt.isBefore(moment);
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
