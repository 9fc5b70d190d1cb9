package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.organisation.entity.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the one reminder of an unanswered protocol is due: working days, Sofia's calendar days. */
class AcceptanceLinksTest {

  private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of());

  @Test
  void weekendsAndPublicHolidaysAreNotCounted() {
    // signed on Friday 21 May 2027; Monday 24 May is a public holiday: Tue, Wed, Thu
    Instant signed = sofia(2027, 5, 21, 17);
    assertFalse(AcceptanceLinks.reminderDue(signed, sofia(2027, 5, 26, 23), CALENDAR));
    assertTrue(AcceptanceLinks.reminderDue(signed, sofia(2027, 5, 27, 0), CALENDAR));
  }

  @Test
  void theReminderIsDueOnTheThirdWorkingDayInSofia() {
    Instant signedFriday = sofia(2026, 11, 6, 23);
    assertFalse(AcceptanceLinks.reminderDue(signedFriday, sofia(2026, 11, 10, 23), CALENDAR));
    assertTrue(AcceptanceLinks.reminderDue(signedFriday, sofia(2026, 11, 11, 0), CALENDAR));
    assertEquals(3, AcceptanceLinks.reminderDays(), "the default");
    assertEquals(14, AcceptanceLinks.validity().toDays(), "the default");
  }

  private static Instant sofia(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0)
        .atZone(ZoneId.of("Europe/Sofia"))
        .toInstant();
  }
}
