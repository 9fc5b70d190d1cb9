package bg.omegasoft.contracts.control;

import bg.omegasoft.contracts.entity.FeePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fee periods of a contract: consecutive periods of one, three or twelve months from the
 * contract's start, each invoiced in advance. A period is due once it has started (its first day is
 * on or before the billing date) and only if it starts while the contract is in force (on or before
 * its last day). The last period ends with the contract's last day.
 */
public final class FeeSchedule {

  /** One fee period, both days inclusive. */
  public record Period(LocalDate start, LocalDate end) {}

  private FeeSchedule() {}

  /**
   * The periods due up to the billing date.
   *
   * @param start the contract's first day
   * @param lastDay the contract's last day in force (its end, or the day before its termination)
   */
  public static List<Period> due(
      LocalDate start, LocalDate lastDay, FeePeriod period, LocalDate billingDate) {
    List<Period> due = new ArrayList<>();
    if (lastDay.isBefore(start)) {
      return due;
    }
    // counted from the start each time, so a start on the 31st gives 31.01, 28.02, 31.03, ...
    for (int n = 0; ; n++) {
      LocalDate from = start.plusMonths((long) n * period.months());
      if (from.isAfter(billingDate) || from.isAfter(lastDay)) {
        return due;
      }
      LocalDate next = start.plusMonths((long) (n + 1) * period.months());
      LocalDate to = next.minusDays(1);
      due.add(new Period(from, to.isAfter(lastDay) ? lastDay : to));
    }
  }
}
