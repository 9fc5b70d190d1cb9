package bg.omegasoft.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bg.omegasoft.identity.entity.SignInCounter.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInCounterTest {

  private final SignInPolicy policy = SignInPolicy.DEFAULT;
  private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void attemptsWithinTheFreeFailuresNeedNoWaitAndTheNextOneWaitsTheFirstDelay() {
    SignInCounter counter = new SignInCounter("ACCOUNT_ADDRESS:1", Kind.ACCOUNT_ADDRESS, 7, now);
    for (int i = 0; i < 5; i++) {
      assertEquals(Duration.ZERO, counter.waitAt(now, policy));
      counter.countAttempt(now, policy);
    }
    assertEquals(Duration.ofSeconds(5), counter.waitAt(now, policy));
    assertEquals(Duration.ofSeconds(2), counter.waitAt(now.plusSeconds(3), policy));
    assertEquals(now.plusSeconds(5), counter.heldUntil(now, policy));
    assertEquals(Duration.ZERO, counter.waitAt(now.plusSeconds(5), policy));
    counter.countAttempt(now.plusSeconds(5), policy);
    assertEquals(Duration.ofSeconds(10), counter.waitAt(now.plusSeconds(5), policy));
  }

  @Test
  void aCounterStartsAfreshWhenItsWindowHasEnded() {
    SignInCounter counter = new SignInCounter("ACCOUNT:1", Kind.ACCOUNT, 1, now);
    for (int i = 0; i < 25; i++) {
      counter.countAttempt(now, policy);
    }
    Instant later = now.plus(Duration.ofHours(1));
    assertEquals(25, counter.failuresAt(now.plusSeconds(3599), policy));
    assertEquals(0, counter.failuresAt(later, policy));
    assertEquals(Duration.ZERO, counter.waitAt(later, policy));
    assertNull(counter.heldUntil(later, policy));
    counter.countAttempt(later, policy);
    assertEquals(1, counter.getFailures());
    assertEquals(later, counter.getWindowStartedAt());
  }

  @Test
  void aSuccessForgivesTheAccountFromThatAddressOrDeviceButOnlyWithdrawsItselfElsewhere() {
    for (Kind kind : Kind.values()) {
      SignInCounter counter = new SignInCounter(kind + ":1", kind, 1, now);
      for (int i = 0; i < 4; i++) {
        counter.countAttempt(now, policy);
      }
      counter.succeeded();
      assertEquals(
          kind == Kind.ACCOUNT_ADDRESS || kind == Kind.DEVICE ? 0 : 3,
          counter.getFailures(),
          kind.name());
    }
  }

  @Test
  void aWithdrawalNeverGoesBelowNothing() {
    SignInCounter counter = new SignInCounter("ADDRESS:1", Kind.ADDRESS, null, now);
    counter.succeeded();
    assertEquals(0, counter.getFailures());
  }
}
