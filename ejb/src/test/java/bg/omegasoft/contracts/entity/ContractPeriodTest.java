package bg.omegasoft.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractPeriodTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  @Test
  void aYearIsATermOfTwelveMonthsAndARenewalAddsTheNextYear() {
    ContractPeriod period = ContractPeriod.of(START, END, true);

    assertEquals(12, period.getTermMonths());
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)}, period.renewal());
    ContractPeriod renewed = period.renewed();
    assertEquals(START, renewed.getStartDate());
    assertEquals(LocalDate.of(2027, 12, 31), renewed.getEndDate());
    assertTrue(renewed.isAutoRenew());
  }

  @Test
  void aShortPeriodIsStillATermOfOneMonth() {
    assertEquals(1, ContractPeriod.of(START, START.plusDays(10), false).getTermMonths());
  }

  @Test
  void theStartIsRequiredAndTheEndMustComeAfterIt() {
    assertEquals(
        "startDate",
        assertThrows(InvalidInputException.class, () -> ContractPeriod.of(null, END, false))
            .fieldKeys()
            .keySet()
            .iterator()
            .next());
    assertEquals(
        "endDate",
        assertThrows(InvalidInputException.class, () -> ContractPeriod.of(START, START, false))
            .fieldKeys()
            .keySet()
            .iterator()
            .next());
  }

  @Test
  void aTerminationEndsTheForceTheDayBeforeUnlessItComesAfterTheEnd() {
    ContractPeriod period = ContractPeriod.of(START, END, false);

    assertEquals(END, period.lastDay(null));
    assertEquals(LocalDate.of(2026, 6, 30), period.lastDay(LocalDate.of(2026, 7, 1)));
    assertEquals(END, period.lastDay(END.plusDays(1)));
    assertFalse(period.mayTerminateOn(START));
    assertTrue(period.mayTerminateOn(END.plusDays(1)));
    assertFalse(period.mayTerminateOn(END.plusDays(2)));
    assertFalse(period.mayTerminateOn(null));
  }
}
