package bg.omegasoft.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Bulgarian business calendar: Orthodox Easter, art. 154 holidays, moved rest days, declared
 * days.
 */
class BusinessCalendarTest {

  private static final WorkingCalendar PLAIN = new WorkingCalendar(List.of());

  @Test
  void orthodoxEaster() {
    assertEquals(LocalDate.of(2024, 5, 5), PublicHoliday.orthodoxEaster(2024));
    assertEquals(LocalDate.of(2025, 4, 20), PublicHoliday.orthodoxEaster(2025));
    assertEquals(LocalDate.of(2026, 4, 12), PublicHoliday.orthodoxEaster(2026));
    assertEquals(LocalDate.of(2027, 5, 2), PublicHoliday.orthodoxEaster(2027));
    assertEquals(LocalDate.of(2023, 4, 16), PublicHoliday.orthodoxEaster(2023));
  }

  @Test
  void theHolidaysOf2027() {
    Map<LocalDate, PublicHoliday> holidays = PublicHoliday.of(2027);
    assertEquals(
        List.of(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 3),
            LocalDate.of(2027, 4, 30),
            LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 5, 2),
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 6),
            LocalDate.of(2027, 5, 24),
            LocalDate.of(2027, 9, 6),
            LocalDate.of(2027, 9, 22),
            LocalDate.of(2027, 12, 24),
            LocalDate.of(2027, 12, 25),
            LocalDate.of(2027, 12, 26)),
        List.copyOf(holidays.keySet()));
    assertEquals(PublicHoliday.GOOD_FRIDAY, holidays.get(LocalDate.of(2027, 4, 30)));
    // 1 May 2027 is Holy Saturday and Labour Day at once: listed once, as Labour Day
    assertEquals(PublicHoliday.LABOUR_DAY, holidays.get(LocalDate.of(2027, 5, 1)));
    assertEquals(PublicHoliday.CYRIL_AND_METHODIUS, holidays.get(LocalDate.of(2027, 5, 24)));
  }

  @Test
  void aHolidayOnAWeekendMovesTheRestDayToTheNextWorkingDays() {
    // 2027: 1 May (Saturday) is Labour Day; 25 and 26 December fall on Saturday and Sunday
    Map<LocalDate, PublicHoliday> moved = PublicHoliday.movedRestDays(2027);
    assertEquals(PublicHoliday.LABOUR_DAY, moved.get(LocalDate.of(2027, 5, 4)));
    assertEquals(PublicHoliday.CHRISTMAS, moved.get(LocalDate.of(2027, 12, 27)));
    assertEquals(PublicHoliday.CHRISTMAS_SECOND, moved.get(LocalDate.of(2027, 12, 28)));
    assertEquals(3, moved.size(), moved.toString());
    // 2022: 24 December Saturday, 25 Sunday, 26 Monday: the 27th and 28th are rest days
    Map<LocalDate, PublicHoliday> of2022 = PublicHoliday.movedRestDays(2022);
    assertTrue(of2022.containsKey(LocalDate.of(2022, 12, 27)));
    assertTrue(of2022.containsKey(LocalDate.of(2022, 12, 28)));
    // Easter days never move a rest day: Easter Sunday and Holy Saturday 2026 (11–12 April)
    assertTrue(PLAIN.isWorkingDay(LocalDate.of(2026, 4, 14)));
    assertFalse(PLAIN.isWorkingDay(LocalDate.of(2026, 4, 13)));
    assertEquals(
        DayOff.Reason.MOVED_REST_DAY,
        PLAIN.dayOff(LocalDate.of(2027, 12, 27)).orElseThrow().reason());
  }

  @Test
  void declaredDaysOffAndWorkingSaturdays() {
    LocalDate bridge = LocalDate.of(2027, 9, 21);
    LocalDate saturday = LocalDate.of(2027, 9, 25);
    WorkingCalendar calendar =
        new WorkingCalendar(
            List.of(
                new DeclaredDay(
                    bridge, DeclaredDay.Kind.DAY_OFF, "Мост", "Bridge day", "admin", Instant.EPOCH),
                new DeclaredDay(
                    saturday,
                    DeclaredDay.Kind.WORKING_DAY,
                    "Отработване",
                    "Working Saturday",
                    "admin",
                    Instant.EPOCH)));
    assertFalse(calendar.isWorkingDay(bridge));
    assertEquals(DayOff.Reason.DECLARED, calendar.dayOff(bridge).orElseThrow().reason());
    assertEquals("Bridge day", calendar.dayOff(bridge).orElseThrow().arguments()[2]);
    assertTrue(calendar.isWorkingDay(saturday));
    assertTrue(PLAIN.isWorkingDay(bridge));
    assertFalse(PLAIN.isWorkingDay(saturday));
    assertEquals(
        List.of(LocalDate.of(2027, 9, 6), bridge, LocalDate.of(2027, 9, 22)),
        calendar.nonWorkingDays(2027).stream()
            .map(DayOff::day)
            .filter(d -> d.getMonthValue() == 9)
            .toList());
  }

  @Test
  void businessTimeSkipsNightsWeekendsAndHolidays() {
    // Friday 21 May 2027 17:30; Monday 24 May is a holiday: 0.5 h Friday + 7.5 h Tuesday
    Instant friday = sofia("2027-05-21T17:30");
    assertEquals(sofia("2027-05-25T16:30"), PLAIN.plusBusinessTime(friday, Duration.ofHours(8)));
    assertEquals(Duration.ofHours(8), PLAIN.businessTimeBetween(friday, sofia("2027-05-25T16:30")));
    assertEquals(LocalDate.of(2027, 5, 25), PLAIN.plusWorkingDays(LocalDate.of(2027, 5, 21), 1));
    assertEquals(LocalDate.of(2027, 5, 21), PLAIN.plusWorkingDays(LocalDate.of(2027, 5, 21), 0));
  }

  private static Instant sofia(String local) {
    return ZonedDateTime.parse(local + ":00+03:00[Europe/Sofia]").toInstant();
  }
}
