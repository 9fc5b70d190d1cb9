package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhoneCallTest {

  private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

  @AfterEach
  void clear() {
    System.clearProperty("omex.phone.normMinutes");
  }

  @Test
  void theCallKeepsTheLineThatTookIt() {
    assertEquals("0700 45654", call(" 0700 45654 ").getLine());
    assertNull(call(null).getLine());
    assertNull(call(" ").getLine());
  }

  @Test
  void withAFiveMinuteNormSixMinutesAreOverIt() {
    PhoneCall call = call("0700 45654");
    Duration norm = Duration.ofMinutes(5);
    assertFalse(call.isOverNormAt(START.plus(Duration.ofMinutes(5)), norm));
    assertTrue(call.isOverNormAt(START.plus(Duration.ofMinutes(5)).plusSeconds(1), norm));
    assertFalse(call.isOverNormAt(START.plus(Duration.ofMinutes(6)), Duration.ofMinutes(10)));
  }

  @Test
  void theRuleFollowsTheNormInEffect() {
    PhoneCall call = call("+359 2 439 68 60");
    Instant sixMinutes = START.plus(Duration.ofMinutes(6));
    assertFalse(call.isOverNormAt(sixMinutes));
    System.setProperty("omex.phone.normMinutes", "5");
    assertTrue(call.isOverNormAt(sixMinutes));
    call.end(START.plus(Duration.ofMinutes(4)));
    assertFalse(call.isOverNormAt(sixMinutes));
  }

  private static PhoneCall call(String line) {
    return new PhoneCall(null, "Иван Петров", "0888 123 456", line, "staff", START);
  }
}
