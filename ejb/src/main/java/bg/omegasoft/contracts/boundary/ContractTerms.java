package bg.omegasoft.contracts.boundary;

import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What billing asks of contracts: the coverage in force for a client on a day and the periodic fees
 * that fall due. The contracts capability provides it ({@link ContractTermsInForce}); billing
 * injects it as a required dependency, so a platform without it fails to deploy instead of pricing
 * every client at list price.
 */
public interface ContractTerms {

  /**
   * The terms of a concluded contract in force on a day.
   *
   * @param covered the service types the contract covers
   * @param includedHoursPerMonth covered hours per calendar month that are not charged
   * @param overageRates the contract's own price per unit for work beyond the included hours, per
   *     service type; a type without one is charged at the list price less the discount
   * @param overageDiscountPercent the discount on the list price for work outside the scope or
   *     beyond the included hours, 0 when none
   */
  record Coverage(
      long contractId,
      String contractNumber,
      Set<ServiceType> covered,
      BigDecimal includedHoursPerMonth,
      Map<ServiceType, BigDecimal> overageRates,
      BigDecimal overageDiscountPercent) {}

  /**
   * A fee period of a concluded contract, invoiced in advance.
   *
   * @param sourceKey unique across all billable items, e.g. {@code contract-fee:12:2026-12-01}
   * @param description the line's text in Bulgarian
   * @param amount the fee for the period in EUR excluding VAT
   */
  record FeeDue(
      long contractId,
      long clientId,
      String contractNumber,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal amount,
      String description,
      String sourceKey) {}

  /** The coverage of the client's contract in force on the day, if there is one. */
  Optional<Coverage> coverageOn(long clientId, LocalDate day);

  /**
   * Those of the clients that have a contract that was ever concluded; for every other client
   * {@link #coverageOn} is empty on every day. Lets billing price many clients with one question.
   */
  Set<Long> withContracts(Collection<Long> clientIds);

  /** Every fee period of every concluded contract that starts on or before the billing date. */
  List<FeeDue> feesDueUpTo(LocalDate billingDate);
}
