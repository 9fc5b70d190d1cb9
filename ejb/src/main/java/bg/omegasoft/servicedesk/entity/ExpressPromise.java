package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A request's express promise: whether express was asked for, the deadline 24 hours from receipt
 * while the request is express, and the moment the promise was met (the work started in time) or
 * breached.
 */
@Embeddable
public class ExpressPromise {

  @Column(name = "express_requested", nullable = false)
  private boolean requested;

  @Column(name = "express_due_at")
  private Instant dueAt;

  @Column(name = "express_met_at")
  private Instant metAt;

  @Column(name = "express_breached_at")
  private Instant breachedAt;

  @Column(name = "express_warned_at")
  private Instant warnedAt;

  /** Starts the clock at receipt when the request is express. */
  void receive(boolean express, Instant receivedAt) {
    requested = express;
    if (express) {
      dueAt = receivedAt.plus(ExpressClock.PROMISE);
    }
  }

  /** Triage settles the type: the clock starts (counted from receipt) or is dropped. */
  void settle(boolean express, Instant receivedAt) {
    if (express && dueAt == null) {
      requested = true;
      dueAt = receivedAt.plus(ExpressClock.PROMISE);
    } else if (!express) {
      dueAt = null;
    }
  }

  /** The request is no longer express (a client with a contract): no clock. */
  void drop() {
    dueAt = null;
  }

  /** The work started: the promise is met, or breached when the deadline had passed. */
  void stop(Instant now) {
    if (dueAt != null && metAt == null && breachedAt == null) {
      if (now.isAfter(dueAt)) {
        breachedAt = now;
      } else {
        metAt = now;
      }
    }
  }

  /** Records a breach when the deadline passed without a start while the request is open. */
  boolean recordBreachIfDue(Instant now, boolean open) {
    if (!breachDue(now, open)) {
      return false;
    }
    breachedAt = now;
    return true;
  }

  /** Whether a breach is due and not yet recorded: the deadline passed, no start, still open. */
  boolean breachDue(Instant now, boolean open) {
    return dueAt != null && metAt == null && breachedAt == null && open && now.isAfter(dueAt);
  }

  /**
   * Whether the warning before a breach is due and not yet given: the warning point passed, the
   * deadline not yet, no start, still open.
   */
  boolean warningDue(Instant now, boolean open, Instant receivedAt, Duration warnAfter) {
    return dueAt != null
        && metAt == null
        && breachedAt == null
        && warnedAt == null
        && open
        && !now.isAfter(dueAt)
        && !now.isBefore(receivedAt.plus(warnAfter));
  }

  /** The clock from receipt, or null when the request is not express. */
  ExpressClock clock(Instant receivedAt) {
    if (dueAt == null) {
      return null;
    }
    return new ExpressClock(receivedAt, metAt != null ? metAt : breachedAt);
  }

  /** Whether the promise was kept: met and never breached. */
  boolean kept() {
    return breachedAt == null && metAt != null;
  }

  boolean isRequested() {
    return requested;
  }

  Instant getDueAt() {
    return dueAt;
  }

  Instant getMetAt() {
    return metAt;
  }

  Instant getBreachedAt() {
    return breachedAt;
  }

  Instant getWarnedAt() {
    return warnedAt;
  }
}
