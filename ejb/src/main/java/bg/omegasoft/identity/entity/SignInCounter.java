package bg.omegasoft.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted against one thing within a window: an account from one address, an
 * account from devices it does not recognise, an address across all accounts, or an account on one
 * recognised device. Within the free failures an attempt may be made at once; beyond them the next
 * attempt must wait a delay that grows with every further failure. When the window has ended the
 * counter starts afresh.
 *
 * <p>An attempt is counted before its password is checked and withdrawn when it succeeds, so
 * attempts made at the same moment cannot slip past the count. The key is a slot of a keyed hash:
 * the number of counters is bounded whatever an attacker sends, and two things sharing a slot share
 * a counter, which can only make throttling stricter, never looser.
 */
@Entity
@Table(name = "sign_in_counter")
@NamedQuery(
    name = SignInCounter.FIND_BY_KEYS,
    query = "select c from SignInCounter c where c.slotKey in :keys order by c.slotKey")
@NamedQuery(
    name = SignInCounter.FIND_OVER,
    query = "select c from SignInCounter c where c.kind = :kind and c.failures >= :failures")
@NamedQuery(
    name = SignInCounter.DELETE_OF_ACCOUNT,
    query = "delete from SignInCounter c where c.accountSlot = :slot")
@NamedQuery(
    name = SignInCounter.DELETE_STARTED_BEFORE,
    query = "delete from SignInCounter c where c.windowStartedAt < :cutoff")
public class SignInCounter {

  public static final String FIND_BY_KEYS = "SignInCounter.findByKeys";
  public static final String FIND_OVER = "SignInCounter.findOver";
  public static final String DELETE_OF_ACCOUNT = "SignInCounter.deleteOfAccount";
  public static final String DELETE_STARTED_BEFORE = "SignInCounter.deleteStartedBefore";

  /** What a counter counts failures of. */
  public enum Kind {
    /** One account from one address. */
    ACCOUNT_ADDRESS,
    /** One account from every device it does not recognise, whatever the address. */
    ACCOUNT,
    /** One address, whatever the account (password spraying). */
    ADDRESS,
    /** One account on one device it recognises by its cookie. */
    DEVICE;

    /** Whether the owner's success forgives earlier failures (it proves the password there). */
    public boolean clearedBySuccess() {
      return this == ACCOUNT_ADDRESS || this == DEVICE;
    }
  }

  @Id
  @Column(name = "slot_key", length = 24)
  private String slotKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "account_slot")
  private Integer accountSlot;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private Instant windowStartedAt;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  protected SignInCounter() {}

  public SignInCounter(String slotKey, Kind kind, Integer accountSlot, Instant now) {
    this.slotKey = slotKey;
    this.kind = kind;
    this.accountSlot = accountSlot;
    this.windowStartedAt = now;
  }

  /** Failures that count at this moment: none once the window has ended. */
  public int failuresAt(Instant now, SignInPolicy policy) {
    return windowEndedAt(now, policy) ? 0 : failures;
  }

  /** The delay between attempts this counter imposes now (zero within the free failures). */
  public Duration delayAt(Instant now, SignInPolicy policy) {
    return policy.delayAfter(kind, failuresAt(now, policy));
  }

  /** How long the next attempt must still wait: the delay less the time since the last failure. */
  public Duration waitAt(Instant now, SignInPolicy policy) {
    Duration delay = delayAt(now, policy);
    if (delay.isZero() || lastFailureAt == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, lastFailureAt.plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** The moment until which attempts are held back; null when one may be made now. */
  public Instant heldUntil(Instant now, SignInPolicy policy) {
    Duration wait = waitAt(now, policy);
    return wait.isZero() ? null : now.plus(wait);
  }

  /** An attempt is under way: it counts as a failure until it succeeds. */
  public void countAttempt(Instant now, SignInPolicy policy) {
    if (windowEndedAt(now, policy)) {
      failures = 0;
      windowStartedAt = now;
    }
    failures++;
    lastFailureAt = now;
  }

  /**
   * The attempt succeeded: it no longer counts, and where the success proves the password for this
   * very counter (this account from this address or device) the earlier failures are forgiven too.
   */
  public void succeeded() {
    failures = kind.clearedBySuccess() ? 0 : Math.max(0, failures - 1);
  }

  private boolean windowEndedAt(Instant now, SignInPolicy policy) {
    return !now.isBefore(windowStartedAt.plus(policy.window()));
  }

  public String getSlotKey() {
    return slotKey;
  }

  public Kind getKind() {
    return kind;
  }

  public Integer getAccountSlot() {
    return accountSlot;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getWindowStartedAt() {
    return windowStartedAt;
  }

  public Instant getLastFailureAt() {
    return lastFailureAt;
  }
}
