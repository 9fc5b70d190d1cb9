package bg.omegasoft.billing.control;

import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The prices and VAT rates in force on a day, as the pricing engine asks for them. */
public interface PriceBook {

  /** The list price of a service type (EUR excl. VAT per its unit) on the day, if listed. */
  Optional<BigDecimal> priceOn(ServiceType type, LocalDate day);

  /** The reward for a recommendation that became a client, on the day, if the list has one. */
  Optional<BigDecimal> referralRewardOn(LocalDate day);

  /** The VAT rate in percent on the day. */
  BigDecimal vatRateOn(LocalDate day);
}
