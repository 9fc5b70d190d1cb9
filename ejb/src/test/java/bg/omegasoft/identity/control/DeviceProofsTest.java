package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceProofsTest {

  private final Instant now = Instant.parse("2026-11-27T08:00:00Z");
  private final DeviceProofs proofs =
      new DeviceProofs(
          new KeyedHash("0123456789abcdef0123456789abcdef".getBytes()), Duration.ofDays(180));

  @Test
  void aCookieProvesTheDeviceToItsAccountOnly() {
    String cookie = proofs.issue("anna", now);
    String nonce = proofs.verify("anna", List.of(cookie), now.plusSeconds(60)).orElseThrow();
    assertTrue(cookie.contains("." + nonce + "."));
    assertTrue(proofs.verify("boris", List.of(cookie), now).isEmpty());
  }

  @Test
  void aChangedOrForeignCookieProvesNothing() {
    String cookie = proofs.issue("anna", now);
    String[] parts = cookie.split("\\.");
    String later =
        parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2] + "." + parts[3];
    assertTrue(proofs.verify("anna", List.of(later), now).isEmpty());
    assertTrue(proofs.verify("anna", List.of(cookie + "x"), now).isEmpty());
    assertTrue(proofs.verify("anna", List.of("v1.1.2.3", "", "nonsense"), now).isEmpty());
    DeviceProofs otherKey =
        new DeviceProofs(
            new KeyedHash("another key of thirty-two bytes!".getBytes()), Duration.ofDays(180));
    assertTrue(otherKey.verify("anna", List.of(cookie), now).isEmpty());
  }

  @Test
  void aCookieIsRecognisedForItsLifetimeOnly() {
    String cookie = proofs.issue("anna", now);
    assertTrue(proofs.verify("anna", List.of(cookie), now.plus(Duration.ofDays(179))).isPresent());
    assertTrue(proofs.verify("anna", List.of(cookie), now.plus(Duration.ofDays(180))).isEmpty());
  }

  @Test
  void theRightCookieIsFoundAmongThoseOfOtherAccounts() {
    String boris = proofs.issue("boris", now);
    String anna = proofs.issue("anna", now);
    assertTrue(proofs.verify("anna", List.of(boris, anna), now).isPresent());
  }

  @Test
  void eachAccountHasACookieNameOfItsOwnThatDoesNotNameIt() {
    String name = proofs.cookieName("anna");
    assertEquals(name, proofs.cookieName("anna"));
    assertNotEquals(name, proofs.cookieName("boris"));
    assertTrue(name.startsWith(DeviceProofs.COOKIE_PREFIX));
    assertTrue(!name.contains("anna"));
  }
}
