package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.organisation.entity.TimeSpan;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The response clock: business hours from receipt to the first response, paused while waiting. */
class ResponseClockTest {

  private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of());
  private static final Duration EIGHT = Duration.ofHours(8);
  private static final Instant FRIDAY = sofia("2027-05-21T17:30");

  @Test
  void dueAfterTheHolidayAndMetOrBroken() {
    ResponseClock met =
        ResponseClock.of(FRIDAY, sofia("2027-05-25T16:30"), EIGHT, List.of(), CALENDAR, FRIDAY);
    assertEquals(sofia("2027-05-25T16:30"), met.dueAt());
    assertEquals(ResponseClock.State.MET, met.state());
    ResponseClock broken =
        ResponseClock.of(FRIDAY, sofia("2027-05-25T16:31"), EIGHT, List.of(), CALENDAR, FRIDAY);
    assertEquals(ResponseClock.State.BREACHED, broken.state());
  }

  @Test
  void runningThenWarningThenBreached() {
    assertEquals(
        ResponseClock.State.RUNNING,
        ResponseClock.of(FRIDAY, null, EIGHT, List.of(), CALENDAR, sofia("2027-05-25T14:00"))
            .state());
    // 0.5 h + 6 h = 6.5 h of 8 is under 80 %; 0.5 h + 6.5 h = 7 h is over
    assertEquals(
        ResponseClock.State.WARNING,
        ResponseClock.of(FRIDAY, null, EIGHT, List.of(), CALENDAR, sofia("2027-05-25T15:30"))
            .state());
    assertEquals(
        ResponseClock.State.BREACHED,
        ResponseClock.of(FRIDAY, null, EIGHT, List.of(), CALENDAR, sofia("2027-05-25T16:30"))
            .state());
  }

  @Test
  void waitingForTheClientPausesTheClock() {
    // waiting for the client Tuesday 10:00–12:00 and across the night 17:00–Wednesday 10:00
    List<TimeSpan> pauses =
        List.of(
            new TimeSpan(sofia("2027-05-25T10:00"), sofia("2027-05-25T12:00")),
            new TimeSpan(sofia("2027-05-25T17:00"), sofia("2027-05-26T10:00")));
    ResponseClock clock =
        ResponseClock.of(FRIDAY, null, EIGHT, pauses, CALENDAR, sofia("2027-05-25T09:30"));
    // 0.5 Fri + 09–10 (1) + 12–17 (5) = 6.5; Wednesday 10:00 + 1.5 h
    assertEquals(sofia("2027-05-26T11:30"), clock.dueAt());
    assertEquals(Duration.ofMinutes(60), clock.used());
    assertEquals(
        ResponseClock.State.MET,
        ResponseClock.of(
                FRIDAY,
                sofia("2027-05-26T11:00"),
                EIGHT,
                pauses,
                CALENDAR,
                sofia("2027-05-26T11:00"))
            .state());
  }

  private static Instant sofia(String local) {
    return ZonedDateTime.parse(local + ":00+03:00[Europe/Sofia]").toInstant();
  }
}
