package bg.omegasoft.pdm.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DataBreachTest {

  private static final Instant DETECTED = Instant.parse("2026-11-02T08:30:00Z");

  private static DataBreach breach() {
    return new DataBreach(
        new DataBreach.Facts(DETECTED, "Изгубен лаптоп", "Служители", 12, "ЕГН", 12, null, null),
        "admin",
        DETECTED.plus(Duration.ofHours(1)));
  }

  @Test
  void theAuthorityIsDueSeventyTwoHoursAfterDetection() {
    DataBreach breach = breach();
    assertEquals(Instant.parse("2026-11-05T08:30:00Z"), breach.dueAt());
    assertEquals(DataBreach.Clock.RUNNING, breach.clockAt(DETECTED.plus(Duration.ofHours(47))));
    assertEquals(DataBreach.Clock.WARNING, breach.clockAt(DETECTED.plus(Duration.ofHours(48))));
    assertEquals(DataBreach.Clock.LATE, breach.clockAt(DETECTED.plus(Duration.ofHours(72))));
  }

  @Test
  void theWarningIsDueOnceAtFortyEightHoursUnlessNotified() {
    DataBreach breach = breach();
    assertFalse(breach.needsWarningAt(DETECTED.plus(Duration.ofHours(47))));
    assertTrue(breach.needsWarningAt(DETECTED.plus(Duration.ofHours(48))));
    breach.warned(DETECTED.plus(Duration.ofHours(48)));
    assertFalse(breach.needsWarningAt(DETECTED.plus(Duration.ofHours(50))));
  }

  @Test
  void aLateNotificationNeedsTheReasonsOfTheDelay() {
    DataBreach breach = breach();
    Instant late = DETECTED.plus(Duration.ofHours(80));
    Instant now = DETECTED.plus(Duration.ofHours(90));
    assertThrows(
        InvalidInputException.class,
        () -> breach.notify(new DataBreach.Notification(late, " ", null), now));
    breach.notify(new DataBreach.Notification(late, "Чакахме данни от клиента", null), now);
    assertEquals(DataBreach.Clock.NOTIFIED, breach.clockAt(now));
    assertThrows(
        InvalidInputException.class,
        () -> breach.notify(new DataBreach.Notification(DETECTED.minusSeconds(1), null, null), now),
        "not before detection");
  }
}
