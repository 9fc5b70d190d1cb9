package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The 24-hour express promise in real hours: running, warning at the configured point (20 hours
 * unless set), met, breached.
 */
class ExpressClockTest {

  /** A Friday evening in Sofia: the promise runs through the night, like any other hour. */
  private static final Instant RECEIVED = Instant.parse("2027-05-21T16:30:00Z");

  @Test
  void runsThenWarnsAtTwentyHoursThenBreachesAfterTwentyFourRealHours() {
    ExpressClock clock = new ExpressClock(RECEIVED, null);
    Duration warnAfter = ExpressClock.DEFAULT_WARN_AFTER;
    assertEquals(Instant.parse("2027-05-22T16:30:00Z"), clock.dueAt(), "24 real hours");
    assertEquals(ExpressClock.State.RUNNING, clock.stateAt(RECEIVED, warnAfter));
    assertEquals(
        ExpressClock.State.RUNNING,
        clock.stateAt(RECEIVED.plus(Duration.ofHours(20)).minusSeconds(1), warnAfter));
    assertEquals(
        ExpressClock.State.WARNING, clock.stateAt(RECEIVED.plus(Duration.ofHours(20)), warnAfter));
    assertEquals(ExpressClock.State.WARNING, clock.stateAt(clock.dueAt(), warnAfter));
    assertEquals(
        ExpressClock.State.BREACHED, clock.stateAt(clock.dueAt().plusSeconds(1), warnAfter));
  }

  @Test
  void theWarningPointIsTheSetting() {
    ExpressClock clock = new ExpressClock(RECEIVED, null);
    Instant at18 = RECEIVED.plus(Duration.ofHours(18));
    assertEquals(ExpressClock.State.WARNING, clock.stateAt(at18, Duration.ofHours(18)));
    assertEquals(ExpressClock.State.RUNNING, clock.stateAt(at18, Duration.ofHours(20)));
    assertEquals(Duration.ofHours(18), ExpressClock.warnAfter(" 18 "));
    assertEquals(ExpressClock.DEFAULT_WARN_AFTER, ExpressClock.warnAfter(null));
    assertEquals(ExpressClock.DEFAULT_WARN_AFTER, ExpressClock.warnAfter("twenty"));
    assertEquals(ExpressClock.DEFAULT_WARN_AFTER, ExpressClock.warnAfter("0"));
    assertEquals(ExpressClock.DEFAULT_WARN_AFTER, ExpressClock.warnAfter("24"), "not the deadline");
    assertEquals(Duration.ofHours(23), ExpressClock.warnAfter("23"));
  }

  @Test
  void aStartDecidesMetOrBreached() {
    ExpressClock met = new ExpressClock(RECEIVED, RECEIVED.plus(Duration.ofHours(23)));
    assertEquals(ExpressClock.State.MET, met.stateAt(RECEIVED.plus(Duration.ofDays(3))));
    ExpressClock late = new ExpressClock(RECEIVED, RECEIVED.plus(Duration.ofHours(30)));
    assertEquals(ExpressClock.State.BREACHED, late.stateAt(RECEIVED.plus(Duration.ofHours(31))));
  }

  @Test
  void theWarningIsDueOnceBetweenTheWarningPointAndTheDeadline() {
    ExpressPromise promise = new ExpressPromise();
    promise.receive(true, RECEIVED);
    Duration warnAfter = ExpressClock.DEFAULT_WARN_AFTER;
    Instant early = RECEIVED.plus(Duration.ofHours(19));
    Instant at2005 = RECEIVED.plus(Duration.ofMinutes(20 * 60 + 5));
    Instant late = RECEIVED.plus(Duration.ofMinutes(24 * 60 + 1));
    assertFalse(promise.warningDue(early, true, RECEIVED, warnAfter));
    assertTrue(promise.warningDue(at2005, true, RECEIVED, warnAfter));
    assertFalse(promise.warningDue(at2005, false, RECEIVED, warnAfter), "a closed request");
    assertFalse(promise.warningDue(late, true, RECEIVED, warnAfter), "the breach instead");
    assertFalse(promise.breachDue(at2005, true));
    assertTrue(promise.breachDue(late, true));
    promise.stop(RECEIVED.plus(Duration.ofHours(21)));
    assertFalse(promise.warningDue(at2005, true, RECEIVED, warnAfter), "met: no warning");
    assertFalse(promise.breachDue(late, true), "met: no breach");
  }
}
