package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.control.Settings;
import java.time.Duration;
import java.time.Instant;

/**
 * The express promise: a specialist assigned and started within 24 real hours of receipt (nights,
 * weekends and holidays count; the on-duty roster covers them). The clock warns when the configured
 * time since receipt has passed ({@code omex.express.warnAfterHours}, 20 hours unless set) and is
 * breached when the deadline passes without a start.
 */
public record ExpressClock(Instant receivedAt, Instant startedAt) {

  public static final Duration PROMISE = Duration.ofHours(24);
  public static final Duration DEFAULT_WARN_AFTER = Duration.ofHours(20);

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

  /**
   * The time from receipt after which the clock warns: the setting {@code
   * omex.express.warnAfterHours} (environment {@code OMEX_EXPRESS_WARN_AFTER_HOURS}), whole hours
   * from 1 to 23; anything else is the default of 20 hours.
   */
  public static Duration warnAfter() {
    return warnAfter(Settings.of("omex.express.warnAfterHours", "OMEX_EXPRESS_WARN_AFTER_HOURS"));
  }

  static Duration warnAfter(String hours) {
    if (hours == null) {
      return DEFAULT_WARN_AFTER;
    }
    try {
      int value = Integer.parseInt(hours.trim());
      return value >= 1 && value < PROMISE.toHours() ? Duration.ofHours(value) : DEFAULT_WARN_AFTER;
    } catch (NumberFormatException e) {
      return DEFAULT_WARN_AFTER;
    }
  }

  public Instant dueAt() {
    return receivedAt.plus(PROMISE);
  }

  /** The state at a moment with the configured warning point. */
  public State stateAt(Instant now) {
    return stateAt(now, warnAfter());
  }

  /** The state at a moment, warning once the given time since receipt has passed. */
  public State stateAt(Instant now, Duration warnAfter) {
    if (startedAt != null) {
      return startedAt.isAfter(dueAt()) ? State.BREACHED : State.MET;
    }
    if (now.isAfter(dueAt())) {
      return State.BREACHED;
    }
    return now.isBefore(receivedAt.plus(warnAfter)) ? State.RUNNING : State.WARNING;
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
