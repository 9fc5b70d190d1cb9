package bg.omegasoft.contracts.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.Period;

/**
 * A contract's period: its first and last day in Sofia (both inclusive), the length of one term in
 * months that a renewal adds, and whether it renews itself. Replaced as a whole when it changes.
 */
@Embeddable
public class ContractPeriod {

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "term_months")
  private int termMonths;

  @Column(name = "auto_renew")
  private boolean autoRenew;

  protected ContractPeriod() {}

  private ContractPeriod(LocalDate start, LocalDate end, int termMonths, boolean autoRenew) {
    this.startDate = start;
    this.endDate = end;
    this.termMonths = termMonths;
    this.autoRenew = autoRenew;
  }

  /** A period from the start to the end; its term is the whole months between, at least one. */
  static ContractPeriod of(LocalDate start, LocalDate end, boolean autoRenew) {
    if (start == null) {
      throw new InvalidInputException("startDate", "contracts.startRequired");
    }
    if (end == null || !end.isAfter(start)) {
      throw new InvalidInputException("endDate", "contracts.periodInvalid");
    }
    int months = Math.max(1, (int) Period.between(start, end.plusDays(1)).toTotalMonths());
    return new ContractPeriod(start, end, months, autoRenew);
  }

  /** The days a renewal would add: the next term after the current end. */
  LocalDate[] renewal() {
    LocalDate from = endDate.plusDays(1);
    return new LocalDate[] {from, from.plusMonths(termMonths).minusDays(1)};
  }

  /** This period extended by one more term. */
  ContractPeriod renewed() {
    return new ContractPeriod(startDate, renewal()[1], termMonths, autoRenew);
  }

  /** The last day in force: the end, or the day before a termination that comes first. */
  LocalDate lastDay(LocalDate terminatedOn) {
    if (terminatedOn != null && !terminatedOn.isAfter(endDate)) {
      return terminatedOn.minusDays(1);
    }
    return endDate;
  }

  /**
   * Whether a termination may take effect on the day: after the start, by the day after the end.
   */
  boolean mayTerminateOn(LocalDate from) {
    return from != null && from.isAfter(startDate) && !from.isAfter(endDate.plusDays(1));
  }

  LocalDate getStartDate() {
    return startDate;
  }

  LocalDate getEndDate() {
    return endDate;
  }

  int getTermMonths() {
    return termMonths;
  }

  boolean isAutoRenew() {
    return autoRenew;
  }
}
