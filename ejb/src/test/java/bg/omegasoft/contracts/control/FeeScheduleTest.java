package bg.omegasoft.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.contracts.control.FeeSchedule.Period;
import bg.omegasoft.contracts.entity.FeePeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  @Test
  void monthlyPeriodsAreDueOnceTheyStart() {
    List<Period> due = FeeSchedule.due(START, END, FeePeriod.MONTHLY, LocalDate.of(2026, 3, 1));
    assertEquals(3, due.size());
    assertEquals(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), due.get(2));
    assertEquals(
        2, FeeSchedule.due(START, END, FeePeriod.MONTHLY, LocalDate.of(2026, 2, 28)).size());
  }

  @Test
  void quarterlyAndYearlyPeriodsRunFromTheStart() {
    List<Period> quarters =
        FeeSchedule.due(
            LocalDate.of(2026, 2, 15),
            LocalDate.of(2027, 2, 14),
            FeePeriod.QUARTERLY,
            LocalDate.of(2026, 12, 31));
    assertEquals(
        List.of(
            new Period(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 5, 14)),
            new Period(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 8, 14)),
            new Period(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 14)),
            new Period(LocalDate.of(2026, 11, 15), LocalDate.of(2027, 2, 14))),
        quarters);
    List<Period> years =
        FeeSchedule.due(
            START, LocalDate.of(2027, 12, 31), FeePeriod.YEARLY, LocalDate.of(2027, 1, 1));
    assertEquals(
        List.of(
            new Period(START, END),
            new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))),
        years);
  }

  @Test
  void noPeriodStartsAfterTheLastDayAndTheLastEndsWithIt() {
    LocalDate lastDay = LocalDate.of(2026, 4, 14);
    List<Period> due =
        FeeSchedule.due(START, lastDay, FeePeriod.MONTHLY, LocalDate.of(2026, 12, 1));
    assertEquals(4, due.size());
    assertEquals(new Period(LocalDate.of(2026, 4, 1), lastDay), due.get(3));
  }

  @Test
  void aStartOnTheThirtyFirstKeepsItsDayWhereTheMonthHasIt() {
    List<Period> due =
        FeeSchedule.due(
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 12, 30),
            FeePeriod.MONTHLY,
            LocalDate.of(2026, 3, 31));
    assertEquals(LocalDate.of(2026, 2, 27), due.get(0).end());
    assertEquals(LocalDate.of(2026, 2, 28), due.get(1).start());
    assertEquals(LocalDate.of(2026, 3, 31), due.get(2).start());
  }

  @Test
  void nothingIsDueBeforeTheStart() {
    assertEquals(
        List.of(), FeeSchedule.due(START, END, FeePeriod.MONTHLY, LocalDate.of(2025, 12, 31)));
  }
}
