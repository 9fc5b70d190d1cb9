package bg.omegasoft.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserTest {

  private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void userNamesAreComparedWithoutCaseAndSpaces() {
    assertEquals("maria.g", User.normaliseUsername("  Maria.G "));
    assertEquals("maria.g", new User(" MARIA.G", "Мария", null, "h", now).getUsername());
  }

  @Test
  void theFifthConsecutiveFailureLocksForFifteenMinutes() {
    User user = new User("maria", "Мария", null, "h", now);
    for (int i = 0; i < User.MAX_FAILED_SIGN_INS - 1; i++) {
      user.recordFailedSignIn(now);
      assertFalse(user.isLockedAt(now));
    }
    user.recordFailedSignIn(now);
    assertTrue(user.isLockedAt(now));
    assertTrue(user.isLockedAt(now.plus(User.LOCKOUT).minusSeconds(1)));
    assertFalse(user.isLockedAt(now.plus(User.LOCKOUT)));
  }

  @Test
  void aFailureAfterTheLockoutEndedStartsCountingAfresh() {
    User user = new User("maria", "Мария", null, "h", now);
    for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
      user.recordFailedSignIn(now);
    }
    Instant later = now.plus(User.LOCKOUT).plusSeconds(1);
    user.recordFailedSignIn(later);
    assertFalse(user.isLockedAt(later));
    assertEquals(1, user.getFailedSignIns());
  }

  @Test
  void aSuccessfulSignInOrAPasswordChangeClearsFailures() {
    User user = new User("maria", "Мария", null, "h", now);
    user.recordFailedSignIn(now);
    user.recordSuccessfulSignIn(now);
    assertEquals(0, user.getFailedSignIns());
    assertEquals(now, user.getLastSignInAt());
    for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
      user.recordFailedSignIn(now);
    }
    user.changePassword("new", now);
    assertFalse(user.isLockedAt(now));
  }

  @Test
  void oneUserMayHoldSeveralRoles() {
    User user = new User("lead", "Водещ", null, "h", now);
    user.assignRoles(EnumSet.of(Role.STAFF, Role.TRAINER));
    assertTrue(user.holds(Role.STAFF));
    assertTrue(user.holds(Role.TRAINER));
    assertFalse(user.holds(Role.ADMIN));
  }
}
