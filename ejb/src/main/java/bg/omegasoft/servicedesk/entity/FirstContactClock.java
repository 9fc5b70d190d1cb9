package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.control.SofiaTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The first-contact promise of an offer request: staff contact the sender within a number of
 * working hours (Monday to Friday, 09:00–18:00 Europe/Sofia) of its receipt; a request received
 * outside those hours starts counting when work next starts.
 */
public final class FirstContactClock {

  static final LocalTime OPENS = LocalTime.of(9, 0);
  static final LocalTime CLOSES = LocalTime.of(18, 0);

  private FirstContactClock() {}

  /** When the first contact is due for a request received at {@code received}. */
  public static Instant due(Instant received, int workingHours) {
    if (workingHours < 0) {
      throw new IllegalArgumentException("workingHours");
    }
    ZonedDateTime at = received.atZone(SofiaTime.ZONE);
    long minutesLeft = workingHours * 60L;
    while (true) {
      LocalDate day = at.toLocalDate();
      if (!isWorkingDay(day) || !at.toLocalTime().isBefore(CLOSES)) {
        at = day.plusDays(1).atTime(OPENS).atZone(SofiaTime.ZONE);
        continue;
      }
      if (at.toLocalTime().isBefore(OPENS)) {
        at = day.atTime(OPENS).atZone(SofiaTime.ZONE);
      }
      long today = Duration.between(at.toLocalTime(), CLOSES).toMinutes();
      if (minutesLeft <= today) {
        return at.plusMinutes(minutesLeft).toInstant();
      }
      minutesLeft -= today;
      at = day.plusDays(1).atTime(OPENS).atZone(SofiaTime.ZONE);
    }
  }

  /**
   * Whether staff work on the day: Monday to Friday. The one place a calendar of public holidays
   * will be asked.
   */
  static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
