package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working hours in Europe/Sofia and the 15-minute units of the calendar. */
class WorkingHoursTest {

  private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
  private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of());

  @Test
  void aWeekdayWithinNineToSixSofiaTimeIsBookable() {
    // Tuesday 24 November 2026, 09:00–11:30 in Sofia (EET, UTC+2)
    assertDoesNotThrow(
        () ->
            WorkingHours.check(
                sofia("2026-11-24T09:00"), sofia("2026-11-24T11:30"), NOW, CALENDAR));
    assertEquals(
        10, WorkingHours.units(sofia("2026-11-24T09:00"), sofia("2026-11-24T11:30")).size());
  }

  @Test
  void outsideHoursWeekendsOddMinutesAndThePastAreRefused() {
    assertRefused("sd.rule.slotOutsideHours", "2026-11-24T08:45", "2026-11-24T09:30");
    assertRefused("sd.rule.slotOutsideHours", "2026-11-24T17:30", "2026-11-24T18:15");
    assertRefused("sd.rule.slotOutsideHours", "2026-11-28T10:00", "2026-11-28T11:00");
    assertRefused("sd.rule.slotUnits", "2026-11-24T10:10", "2026-11-24T11:00");
    assertRefused("sd.rule.slotRequired", "2026-11-24T11:00", "2026-11-24T10:00");
    assertRefused("sd.rule.slotInPast", "2026-11-20T10:00", "2026-11-20T11:00");
    // Thursday 24 December 2026 is Christmas Eve, an official holiday
    assertRefused("cal.refused.HOLIDAY", "2026-12-24T10:00", "2026-12-24T11:00");
  }

  @Test
  void summerTimeIsSofiaTimeToo() {
    Instant now = Instant.parse("2027-06-01T00:00:00Z");
    // 09:00 EEST is 06:00 UTC
    assertDoesNotThrow(
        () ->
            WorkingHours.check(
                Instant.parse("2027-06-02T06:00:00Z"),
                Instant.parse("2027-06-02T07:00:00Z"),
                now,
                CALENDAR));
    assertThrows(
        RequestRuleException.class,
        () ->
            WorkingHours.check(
                Instant.parse("2027-06-02T05:45:00Z"),
                Instant.parse("2027-06-02T07:00:00Z"),
                now,
                CALENDAR));
  }

  private static void assertRefused(String key, String from, String to) {
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () -> WorkingHours.check(sofia(from), sofia(to), NOW, CALENDAR));
    assertEquals(key, refused.messageKey());
  }

  private static Instant sofia(String local) {
    return ZonedDateTime.parse(local + "+02:00[Europe/Sofia]").toInstant();
  }

  @Test
  void onExpressDutyAnyHourOfAnyDayIsBookableInWholeUnits() {
    // Saturday 22 May 2027, 22:00–23:00 in Sofia: outside working hours, inside a duty shift
    assertThrows(
        RequestRuleException.class,
        () ->
            WorkingHours.check(
                sofia("2027-05-22T22:00"), sofia("2027-05-22T23:00"), NOW, CALENDAR));
    assertDoesNotThrow(
        () -> WorkingHours.checkOnDuty(sofia("2027-05-22T22:00"), sofia("2027-05-22T23:00"), NOW));
    assertEquals(
        "sd.rule.slotUnits",
        assertThrows(
                RequestRuleException.class,
                () ->
                    WorkingHours.checkOnDuty(
                        sofia("2027-05-22T22:10"), sofia("2027-05-22T23:00"), NOW))
            .messageKey());
    assertEquals(
        "sd.rule.slotInPast",
        assertThrows(
                RequestRuleException.class,
                () ->
                    WorkingHours.checkOnDuty(
                        sofia("2026-11-21T22:00"), sofia("2026-11-21T23:00"), NOW))
            .messageKey());
  }
}
