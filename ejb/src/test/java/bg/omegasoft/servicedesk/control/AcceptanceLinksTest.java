package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When the one reminder of an unanswered protocol is due: working days, Sofia's calendar days. */
class AcceptanceLinksTest {

  @Test
  void theWeekendIsNotCounted() {
    LocalDate friday = LocalDate.of(2026, 11, 6);
    assertEquals(LocalDate.of(2026, 11, 11), AcceptanceLinks.workingDaysAfter(friday, 3));
    LocalDate monday = LocalDate.of(2026, 11, 2);
    assertEquals(LocalDate.of(2026, 11, 5), AcceptanceLinks.workingDaysAfter(monday, 3));
    assertEquals(monday, AcceptanceLinks.workingDaysAfter(monday, 0));
  }

  @Test
  void theReminderIsDueOnTheThirdWorkingDayInSofia() {
    Instant signedFriday = sofia(2026, 11, 6, 23);
    assertFalse(AcceptanceLinks.reminderDue(signedFriday, sofia(2026, 11, 10, 23)));
    assertTrue(AcceptanceLinks.reminderDue(signedFriday, sofia(2026, 11, 11, 0)));
    assertEquals(3, AcceptanceLinks.reminderDays(), "the default");
    assertEquals(14, AcceptanceLinks.validity().toDays(), "the default");
  }

  private static Instant sofia(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0)
        .atZone(ZoneId.of("Europe/Sofia"))
        .toInstant();
  }
}
