package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.organisation.entity.TimeSpan;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The contract's response clock of one request: it runs on business hours from receipt until the
 * first response, stands still while the request waits for the client, and is due when the agreed
 * business hours are used up. Warned at four fifths of the term.
 *
 * @param used business time counted so far (up to the response, or up to now)
 */
public record ResponseClock(
    Instant startedAt,
    Duration term,
    Instant dueAt,
    Instant respondedAt,
    Duration used,
    State state) {

  /** Where the clock stands. */
  public enum State {
    RUNNING,
    WARNING,
    MET,
    BREACHED;

    public String messageKey() {
      return "sd.clock.state." + name();
    }

    public String severity() {
      return switch (this) {
        case RUNNING -> "info";
        case WARNING -> "warning";
        case MET -> "success";
        case BREACHED -> "danger";
      };
    }
  }

  /** The share of the term after which the clock warns, in percent. */
  public static final int WARNING_PERCENT = 80;

  /**
   * The clock of a request.
   *
   * @param receivedAt when the request arrived
   * @param respondedAt the first response, or null while there is none
   * @param term the agreed business time to the first response
   * @param pauses times the request waited for the client; an open wait ends now
   * @param calendar the business calendar
   * @param now the moment of the question
   */
  public static ResponseClock of(
      Instant receivedAt,
      Instant respondedAt,
      Duration term,
      List<TimeSpan> pauses,
      WorkingCalendar calendar,
      Instant now) {
    Instant due = calendar.plusBusinessTime(receivedAt, term, pauses);
    Instant until = respondedAt != null ? respondedAt : now;
    Duration used = calendar.businessTimeBetween(receivedAt, until, pauses);
    State state;
    if (respondedAt != null) {
      state = respondedAt.isAfter(due) ? State.BREACHED : State.MET;
    } else if (!now.isBefore(due)) {
      state = State.BREACHED;
    } else if (used.multipliedBy(100).compareTo(term.multipliedBy(WARNING_PERCENT)) >= 0) {
      state = State.WARNING;
    } else {
      state = State.RUNNING;
    }
    return new ResponseClock(receivedAt, term, due, respondedAt, used, state);
  }

  /** Whether the term was kept: a response came by the due time. */
  public boolean isKept() {
    return state == State.MET;
  }

  public boolean isBreached() {
    return state == State.BREACHED;
  }

  /** Whether the clock still runs (no response yet). */
  public boolean isRunning() {
    return respondedAt == null;
  }

  /** The agreed term in whole business hours. */
  public long getTermHours() {
    return term.toHours();
  }
}
