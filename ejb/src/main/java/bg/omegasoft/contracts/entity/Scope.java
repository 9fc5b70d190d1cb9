package bg.omegasoft.contracts.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contract's scope and price as agreed: the covered service types, the hours per month included,
 * the response terms (as agreed in words, and as a number of business hours that a clock measures),
 * the outsourced processes, and the periodic fee with the rates or the discount for work beyond the
 * scope.
 *
 * @param responseHours business hours from receipt of a request to the first response; no clock
 *     runs when null
 */
public record Scope(
    Set<ServiceType> covered,
    BigDecimal includedHoursPerMonth,
    String responseTerms,
    List<OutsourcedProcess> processes,
    FeePeriod feePeriod,
    BigDecimal fee,
    BigDecimal overageDiscountPercent,
    Map<ServiceType, BigDecimal> overageRates,
    Integer responseHours) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The longest response term: a month of business days. */
  public static final int MAX_RESPONSE_HOURS = 200;

  /** A scope without a response clock. */
  public Scope(
      Set<ServiceType> covered,
      BigDecimal includedHoursPerMonth,
      String responseTerms,
      List<OutsourcedProcess> processes,
      FeePeriod feePeriod,
      BigDecimal fee,
      BigDecimal overageDiscountPercent,
      Map<ServiceType, BigDecimal> overageRates) {
    this(
        covered,
        includedHoursPerMonth,
        responseTerms,
        processes,
        feePeriod,
        fee,
        overageDiscountPercent,
        overageRates,
        null);
  }

  /** Checks the scope; a failing field is named with its message key. */
  public Scope checked() {
    if (covered == null || covered.isEmpty()) {
      throw new InvalidInputException("covered", "contracts.terms.coveredRequired");
    }
    if (covered.contains(ServiceType.CONTRACT_FEE)) {
      throw new InvalidInputException("covered", "contracts.terms.coveredInvalid");
    }
    if (includedHoursPerMonth == null || includedHoursPerMonth.signum() < 0) {
      throw new InvalidInputException("includedHours", "contracts.terms.hoursInvalid");
    }
    if (responseHours != null && (responseHours < 1 || responseHours > MAX_RESPONSE_HOURS)) {
      throw new InvalidInputException("responseHours", "contracts.terms.responseHoursInvalid");
    }
    if (feePeriod == null) {
      throw new InvalidInputException("feePeriod", "contracts.terms.periodRequired");
    }
    if (fee == null || fee.signum() <= 0) {
      throw new InvalidInputException("fee", "contracts.terms.feeInvalid");
    }
    BigDecimal discount = discount();
    if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
      throw new InvalidInputException("discount", "contracts.terms.discountInvalid");
    }
    for (BigDecimal rate : rates().values()) {
      if (rate == null || rate.signum() <= 0) {
        throw new InvalidInputException("rates", "contracts.terms.rateInvalid");
      }
    }
    for (OutsourcedProcess process : processes()) {
      if (process.getArea() == null
          || process.getName() == null
          || process.getName().isBlank()
          || process.getMonthlyAmount() == null
          || process.getMonthlyAmount().signum() < 0) {
        throw new InvalidInputException("processes", "contracts.terms.processInvalid");
      }
    }
    return this;
  }

  public BigDecimal discount() {
    return overageDiscountPercent == null ? BigDecimal.ZERO : overageDiscountPercent;
  }

  public Map<ServiceType, BigDecimal> rates() {
    return overageRates == null ? Map.of() : overageRates;
  }

  public List<OutsourcedProcess> processes() {
    return processes == null ? List.of() : processes;
  }

  /**
   * The amount of one full fee period: the fee plus each outsourced process's monthly amount for
   * every month of the period, in EUR to the cent.
   */
  public BigDecimal periodAmount() {
    BigDecimal months = BigDecimal.valueOf(feePeriod.months());
    BigDecimal amount = fee;
    for (OutsourcedProcess process : processes()) {
      amount = amount.add(process.getMonthlyAmount().multiply(months));
    }
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
