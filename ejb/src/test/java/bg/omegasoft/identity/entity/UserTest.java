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
  void aNewPasswordOrDisablingStartsANewGenerationOfSessions() {
    User user = new User("maria", "Мария", null, "h", now);
    int first = user.getSessionGeneration();
    user.changePassword("new", now.plusSeconds(60));
    assertEquals(first + 1, user.getSessionGeneration());
    assertEquals(now.plusSeconds(60), user.getPasswordChangedAt());
    user.disable();
    assertEquals(first + 2, user.getSessionGeneration());
    user.enable();
    assertEquals(first + 2, user.getSessionGeneration(), "enabling revives no old session");
  }

  @Test
  void aStrongerHashOfTheSamePasswordEndsNoSession() {
    User user = new User("maria", "Мария", null, "h", now);
    user.renewPasswordHash("stronger");
    assertEquals("stronger", user.getPasswordHash());
    assertEquals(0, user.getSessionGeneration());
    assertEquals(now, user.getPasswordChangedAt());
  }

  @Test
  void aSuccessfulSignInIsNoted() {
    User user = new User("maria", "Мария", null, "h", now);
    user.recordSuccessfulSignIn(now);
    assertEquals(now, user.getLastSignInAt());
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
