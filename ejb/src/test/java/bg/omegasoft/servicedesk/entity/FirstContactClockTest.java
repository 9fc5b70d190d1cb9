package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.control.SofiaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The first contact is due after working hours, Monday to Friday 09:00–18:00 Sofia time. */
class FirstContactClockTest {

  private static Instant sofia(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SofiaTime.ZONE).toInstant();
  }

  @Test
  void withinADayTheHoursAreAdded() {
    assertEquals(sofia("2026-12-07T14:00"), FirstContactClock.due(sofia("2026-12-07T10:00"), 4));
    assertEquals(sofia("2026-12-07T18:00"), FirstContactClock.due(sofia("2026-12-07T09:00"), 9));
  }

  @Test
  void whatDoesNotFitTodayGoesOnTheNextWorkingMorning() {
    assertEquals(sofia("2026-12-08T11:00"), FirstContactClock.due(sofia("2026-12-07T16:00"), 4));
    assertEquals(
        sofia("2026-12-14T12:00"),
        FirstContactClock.due(sofia("2026-12-11T17:00"), 4),
        "Friday 17:00: one hour on Friday, three on Monday");
    assertEquals(
        sofia("2026-12-08T18:00"),
        FirstContactClock.due(sofia("2026-12-07T12:00"), 15),
        "six hours on Monday, nine on Tuesday");
    assertEquals(
        sofia("2026-12-09T10:00"),
        FirstContactClock.due(sofia("2026-12-07T12:00"), 16),
        "more than a working day");
  }

  @Test
  void outsideWorkingHoursTheClockStartsWhenWorkStarts() {
    assertEquals(sofia("2026-12-07T13:00"), FirstContactClock.due(sofia("2026-12-07T07:30"), 4));
    assertEquals(sofia("2026-12-08T13:00"), FirstContactClock.due(sofia("2026-12-07T19:00"), 4));
    assertEquals(sofia("2026-12-08T13:00"), FirstContactClock.due(sofia("2026-12-07T18:00"), 4));
    assertEquals(sofia("2026-12-14T13:00"), FirstContactClock.due(sofia("2026-12-12T10:00"), 4));
    assertEquals(sofia("2026-12-14T09:00"), FirstContactClock.due(sofia("2026-12-13T23:59"), 0));
  }

  @Test
  void workingHoursAreSofiaTimeAcrossTheChangeToSummerTime() {
    Instant due = FirstContactClock.due(sofia("2026-03-27T16:00"), 4);
    assertEquals(sofia("2026-03-30T11:00"), due);
    assertEquals(Instant.parse("2026-03-30T08:00:00Z"), due, "EEST is UTC+3");
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertTrue(FirstContactClock.isWorkingDay(LocalDate.of(2026, 12, 11)));
    assertFalse(FirstContactClock.isWorkingDay(LocalDate.of(2026, 12, 12)));
    assertFalse(FirstContactClock.isWorkingDay(LocalDate.of(2026, 12, 13)));
  }

  @Test
  void negativeHoursAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FirstContactClock.due(Instant.now(), -1));
  }
}
