package bg.omegasoft.billing.control;

import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The price list versions and VAT rates as loaded from the database, keyed by the day they start.
 *
 * @param versions per first day: the version's last day (or null), its prices and referral reward
 */
public record StoredPriceBook(
    NavigableMap<LocalDate, Version> versions, NavigableMap<LocalDate, BigDecimal> vatRates)
    implements PriceBook {

  /** One version as loaded. */
  public record Version(
      LocalDate validTo, Map<ServiceType, BigDecimal> prices, BigDecimal referralReward) {}

  private Optional<Version> versionOn(LocalDate day) {
    return Optional.ofNullable(versions.floorEntry(day))
        .filter(e -> e.getValue().validTo() == null || !day.isAfter(e.getValue().validTo()))
        .map(Map.Entry::getValue);
  }

  @Override
  public Optional<BigDecimal> priceOn(ServiceType type, LocalDate day) {
    return versionOn(day).map(v -> v.prices().get(type));
  }

  @Override
  public Optional<BigDecimal> referralRewardOn(LocalDate day) {
    return versionOn(day).map(Version::referralReward);
  }

  @Override
  public BigDecimal vatRateOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> rate = vatRates.floorEntry(day);
    if (rate == null) {
      throw new IllegalStateException("No VAT rate on " + day);
    }
    return rate.getValue();
  }
}
