package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 24-hour express promise: running, warning at 75%, met, breached. */
class ExpressClockTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void runsThenWarnsAtThreeQuartersThenBreaches() {
    ExpressClock clock = new ExpressClock(RECEIVED, null);
    assertEquals(Instant.parse("2026-11-28T10:00:00Z"), clock.dueAt());
    assertEquals(ExpressClock.State.RUNNING, clock.stateAt(RECEIVED.plus(Duration.ofHours(17))));
    assertEquals(
        ExpressClock.State.RUNNING,
        clock.stateAt(RECEIVED.plus(Duration.ofHours(18)).minusSeconds(1)));
    assertEquals(ExpressClock.State.WARNING, clock.stateAt(RECEIVED.plus(Duration.ofHours(18))));
    assertEquals(ExpressClock.State.WARNING, clock.stateAt(clock.dueAt()));
    assertEquals(ExpressClock.State.BREACHED, clock.stateAt(clock.dueAt().plusSeconds(1)));
    assertEquals(0.5, clock.shareUsedAt(RECEIVED.plus(Duration.ofHours(12))), 1e-9);
    assertEquals(Duration.ofHours(-1), clock.remainingAt(RECEIVED.plus(Duration.ofHours(25))));
  }

  @Test
  void aStartStopsTheClock() {
    ExpressClock met = new ExpressClock(RECEIVED, RECEIVED.plus(Duration.ofHours(23)));
    assertEquals(ExpressClock.State.MET, met.stateAt(RECEIVED.plus(Duration.ofDays(3))));
    ExpressClock late = new ExpressClock(RECEIVED, RECEIVED.plus(Duration.ofHours(30)));
    assertEquals(ExpressClock.State.BREACHED, late.stateAt(RECEIVED.plus(Duration.ofHours(31))));
  }
}
