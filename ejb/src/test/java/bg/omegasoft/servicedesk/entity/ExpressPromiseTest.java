package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpressPromiseTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void aStartInTimeMeetsThePromiseAndALateOneBreachesIt() {
    ExpressPromise onTime = express();
    onTime.stop(RECEIVED.plus(Duration.ofHours(3)));
    assertTrue(onTime.kept());
    assertEquals(RECEIVED.plus(Duration.ofHours(3)), onTime.getMetAt());

    ExpressPromise late = express();
    late.stop(RECEIVED.plus(Duration.ofHours(25)));
    assertFalse(late.kept());
    assertEquals(RECEIVED.plus(Duration.ofHours(25)), late.getBreachedAt());
  }

  @Test
  void aBreachIsRecordedOnceOnlyForAnOpenRequestPastItsDeadline() {
    ExpressPromise promise = express();
    Instant late = RECEIVED.plus(Duration.ofHours(25));

    assertFalse(promise.recordBreachIfDue(RECEIVED.plus(Duration.ofHours(23)), true));
    assertFalse(promise.recordBreachIfDue(late, false));
    assertTrue(promise.recordBreachIfDue(late, true));
    assertFalse(promise.recordBreachIfDue(late.plusSeconds(60), true));
    assertEquals(late, promise.getBreachedAt());
  }

  @Test
  void triageStartsTheClockFromReceiptOrDropsIt() {
    ExpressPromise promise = new ExpressPromise();
    promise.receive(false, RECEIVED);
    assertNull(promise.clock(RECEIVED));

    promise.settle(true, RECEIVED);
    assertTrue(promise.isRequested());
    assertEquals(RECEIVED.plus(ExpressClock.PROMISE), promise.getDueAt());

    promise.settle(false, RECEIVED);
    assertNull(promise.getDueAt());
    assertTrue(promise.isRequested(), "asked for once, it stays asked for");
  }

  private static ExpressPromise express() {
    ExpressPromise promise = new ExpressPromise();
    promise.receive(true, RECEIVED);
    return promise;
  }
}
