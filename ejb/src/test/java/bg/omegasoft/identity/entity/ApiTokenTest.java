package bg.omegasoft.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private final Instant now = Instant.parse("2026-11-27T08:00:00Z");
  private final Instant inAYear = now.plus(Duration.ofDays(365));
  private final User owner = new User("finance", "Фани", null, "h", now);

  @Test
  void aTokenIsActiveUntilItExpiresOrIsRevoked() {
    ApiToken token = new ApiToken(owner, "Отчети", "hash", "omx_abc", now, now.plusSeconds(60));
    assertTrue(token.isActiveAt(now));
    assertFalse(token.isActiveAt(now.plusSeconds(60)));
    ApiToken revoked = new ApiToken(owner, "Годишен", "hash2", "omx_def", now, inAYear);
    revoked.revoke(now.plusSeconds(5));
    assertFalse(revoked.isActiveAt(now.plusSeconds(5)));
  }

  @Test
  void everyTokenEnds() {
    assertThrows(
        NullPointerException.class,
        () -> new ApiToken(owner, "Без срок", "hash", "omx_abc", now, null));
  }

  @Test
  void ninetyDaysByDefaultAndAYearAtMost() {
    LocalDate today = LocalDate.of(2026, 11, 27);
    assertEquals(LocalDate.of(2027, 2, 25), ApiToken.defaultLastDay(today));
    assertEquals(LocalDate.of(2027, 11, 27), ApiToken.latestLastDay(today));
  }

  @Test
  void onlyTokensEndedBeforeTheMomentQualifyForRemoval() {
    ApiToken token = new ApiToken(owner, "Отчети", "hash", "omx_abc", now, inAYear);
    assertFalse(token.endedBefore(now.plus(Duration.ofDays(364))));
    assertTrue(token.endedBefore(inAYear.plusSeconds(1)));
    token.revoke(now);
    assertFalse(token.endedBefore(now));
    assertTrue(token.endedBefore(now.plusSeconds(1)));
  }

  @Test
  void useIsRecordedAtMostOncePerMinute() {
    ApiToken token = new ApiToken(owner, "Отчети", "hash", "omx_abc", now, inAYear);
    assertTrue(token.recordUse(now));
    assertFalse(token.recordUse(now.plusSeconds(30)));
    assertTrue(token.recordUse(now.plusSeconds(60)));
  }
}
