package bg.omegasoft.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.identity.entity.SignInCounter.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

  private final SignInPolicy policy = SignInPolicy.DEFAULT;

  @Test
  void theFreeFailuresCostNoWaitThenTheDelayDoublesUpToTheMaximum() {
    for (int failures = 0; failures < 5; failures++) {
      assertEquals(Duration.ZERO, policy.delayAfter(Kind.ACCOUNT_ADDRESS, failures));
    }
    assertEquals(Duration.ofSeconds(5), policy.delayAfter(Kind.ACCOUNT_ADDRESS, 5));
    assertEquals(Duration.ofSeconds(10), policy.delayAfter(Kind.ACCOUNT_ADDRESS, 6));
    assertEquals(Duration.ofSeconds(640), policy.delayAfter(Kind.ACCOUNT_ADDRESS, 12));
    assertEquals(Duration.ofMinutes(15), policy.delayAfter(Kind.ACCOUNT_ADDRESS, 13));
    assertEquals(Duration.ofMinutes(15), policy.delayAfter(Kind.ACCOUNT_ADDRESS, 10_000));
  }

  @Test
  void eachKindHasItsOwnFreeFailures() {
    assertEquals(5, policy.freeFailures(Kind.ACCOUNT_ADDRESS));
    assertEquals(20, policy.freeFailures(Kind.ACCOUNT));
    assertEquals(30, policy.freeFailures(Kind.ADDRESS));
    assertEquals(10, policy.freeFailures(Kind.DEVICE));
    assertEquals(Duration.ZERO, policy.delayAfter(Kind.ADDRESS, 29));
    assertEquals(Duration.ofSeconds(5), policy.delayAfter(Kind.ADDRESS, 30));
  }
}
