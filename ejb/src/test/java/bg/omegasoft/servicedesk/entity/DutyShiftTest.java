package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.entity.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The express on-duty roster's rules: a real period, not over, not too long, no overlap. */
class DutyShiftTest {

  private static final Instant NOW = Instant.parse("2027-05-17T08:00:00Z");
  private static final User MARIA =
      new User("maria", "Мария Петрова", "maria@omegasoft.bg", null, NOW);
  // Friday 21 May 2027 18:00 to Monday 24 May 09:00, Sofia (UTC+3)
  private static final Instant FRIDAY_EVENING = Instant.parse("2027-05-21T15:00:00Z");
  private static final Instant MONDAY_MORNING = Instant.parse("2027-05-24T06:00:00Z");

  private static DutyShift weekend() {
    return new DutyShift(MARIA, FRIDAY_EVENING, MONDAY_MORNING, List.of(), NOW, "dispatcher");
  }

  @Test
  void aWeekendShiftCoversSaturdayMorning() {
    DutyShift shift = weekend();
    Instant saturday10 = Instant.parse("2027-05-22T07:00:00Z");
    assertTrue(shift.covers(saturday10, saturday10.plusSeconds(3600)));
    assertFalse(shift.covers(MONDAY_MORNING.minusSeconds(1800), MONDAY_MORNING.plusSeconds(1800)));
    assertTrue(shift.covers(FRIDAY_EVENING, MONDAY_MORNING), "the whole shift");
  }

  @Test
  void overlappingShiftsOfOnePersonAreRefusedTouchingOnesAreNot() {
    DutyShift shift = weekend();
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () ->
                new DutyShift(
                    MARIA,
                    Instant.parse("2027-05-23T10:00:00Z"),
                    Instant.parse("2027-05-25T10:00:00Z"),
                    List.of(shift),
                    NOW,
                    "dispatcher"));
    assertEquals("sd.duty.rule.overlap", refused.messageKey());
    DutyShift next =
        new DutyShift(
            MARIA,
            MONDAY_MORNING,
            MONDAY_MORNING.plusSeconds(3600),
            List.of(shift),
            NOW,
            "dispatcher");
    assertEquals(MONDAY_MORNING, next.getStartsAt());
  }

  @Test
  void aShiftNeedsARealPeriodNotOverAndAtMostAWeek() {
    assertEquals(
        "sd.duty.rule.period",
        assertThrows(
                RequestRuleException.class,
                () -> new DutyShift(MARIA, MONDAY_MORNING, FRIDAY_EVENING, List.of(), NOW, "d"))
            .messageKey());
    assertEquals(
        "sd.duty.rule.period",
        assertThrows(
                RequestRuleException.class,
                () -> new DutyShift(MARIA, null, FRIDAY_EVENING, List.of(), NOW, "d"))
            .messageKey());
    assertEquals(
        "sd.duty.rule.past",
        assertThrows(
                RequestRuleException.class,
                () ->
                    new DutyShift(
                        MARIA, FRIDAY_EVENING, MONDAY_MORNING, List.of(), MONDAY_MORNING, "d"))
            .messageKey());
    assertEquals(
        "sd.duty.rule.tooLong",
        assertThrows(
                RequestRuleException.class,
                () ->
                    new DutyShift(
                        MARIA,
                        FRIDAY_EVENING,
                        FRIDAY_EVENING.plus(DutyShift.LONGEST).plusSeconds(1),
                        List.of(),
                        NOW,
                        "d"))
            .messageKey());
    assertTrue(weekend().isRemovable(NOW));
    assertFalse(weekend().isRemovable(MONDAY_MORNING));
  }
}
