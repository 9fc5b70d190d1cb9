package bg.omegasoft.servicedesk.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * The express promise: a specialist assigned and started within 24 hours of receipt. The clock
 * warns at 75% of the time and is breached when the deadline passes without a start.
 */
public record ExpressClock(Instant receivedAt, Instant startedAt) {

  public static final Duration PROMISE = Duration.ofHours(24);
  public static final double WARNING_SHARE = 0.75;

  /** The state of the clock at a moment. */
  public enum State {
    RUNNING,
    WARNING,
    MET,
    BREACHED;

    /** How a page marks the state: running blue, met green, near the deadline amber, late red. */
    public String severity() {
      return switch (this) {
        case RUNNING -> "info";
        case MET -> "success";
        case WARNING -> "warning";
        case BREACHED -> "danger";
      };
    }

    public String messageKey() {
      return "sd.express." + name();
    }
  }

  public Instant dueAt() {
    return receivedAt.plus(PROMISE);
  }

  public State stateAt(Instant now) {
    if (startedAt != null) {
      return startedAt.isAfter(dueAt()) ? State.BREACHED : State.MET;
    }
    if (now.isAfter(dueAt())) {
      return State.BREACHED;
    }
    return shareUsedAt(now) >= WARNING_SHARE ? State.WARNING : State.RUNNING;
  }

  /** The share of the 24 hours used up at a moment (0 at receipt, 1 at the deadline). */
  public double shareUsedAt(Instant now) {
    Instant end = startedAt != null ? startedAt : now;
    double used = Duration.between(receivedAt, end).toMillis();
    return Math.max(0, used / PROMISE.toMillis());
  }

  /** What is left until the deadline (negative when overdue). */
  public Duration remainingAt(Instant now) {
    return Duration.between(now, dueAt());
  }
}
