package bg.omegasoft.identity.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private final Instant now = Instant.parse("2026-11-27T08:00:00Z");
  private final User owner = new User("finance", "Фани", null, "h", now);

  @Test
  void aTokenIsActiveUntilItExpiresOrIsRevoked() {
    ApiToken token = new ApiToken(owner, "Отчети", "hash", "omx_abc", now, now.plusSeconds(60));
    assertTrue(token.isActiveAt(now));
    assertFalse(token.isActiveAt(now.plusSeconds(60)));
    ApiToken open = new ApiToken(owner, "Без срок", "hash2", "omx_def", now, null);
    open.revoke(now.plusSeconds(5));
    assertFalse(open.isActiveAt(now.plusSeconds(5)));
  }

  @Test
  void onlyTokensEndedBeforeTheMomentQualifyForRemoval() {
    ApiToken token = new ApiToken(owner, "Отчети", "hash", "omx_abc", now, null);
    assertFalse(token.endedBefore(now.plus(Duration.ofDays(365))));
    token.revoke(now);
    assertFalse(token.endedBefore(now));
    assertTrue(token.endedBefore(now.plusSeconds(1)));
  }

  @Test
  void useIsRecordedAtMostOncePerMinute() {
    ApiToken token = new ApiToken(owner, "Отчети", "hash", "omx_abc", now, null);
    assertTrue(token.recordUse(now));
    assertFalse(token.recordUse(now.plusSeconds(30)));
    assertTrue(token.recordUse(now.plusSeconds(60)));
  }
}
