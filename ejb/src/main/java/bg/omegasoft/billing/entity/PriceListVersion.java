package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.entity.Money;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A version of the price list (B3): a price in EUR excluding VAT per listed service type, valid
 * from a day until the day before the next version starts. Versions never overlap; old ones are
 * kept, because work is priced with the version valid on the day it was done.
 */
@Entity
@Table(name = "price_list_version")
@NamedQuery(
    name = PriceListVersion.FIND_ALL,
    query = "select v from PriceListVersion v order by v.validFrom desc")
public class PriceListVersion {

  public static final String FIND_ALL = "PriceListVersion.findAll";

  /** The service types the list prices; the others carry agreed amounts. */
  public static final List<ServiceType> LISTED =
      List.of(
          ServiceType.VISIT,
          ServiceType.REMOTE,
          ServiceType.PASSWORD_RECOVERY,
          ServiceType.LICENCE_OWNER_CHANGE,
          ServiceType.TRAINING);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "referral_reward", nullable = false)
  private BigDecimal referralReward;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "price_list_entry", joinColumns = @JoinColumn(name = "version_id"))
  @MapKeyColumn(name = "service_type")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "price")
  private Map<ServiceType, BigDecimal> prices = new EnumMap<>(ServiceType.class);

  protected PriceListVersion() {}

  /**
   * A new version; every listed type must have a price of zero or more.
   *
   * @throws PriceListException when a price is missing or negative
   */
  public PriceListVersion(
      LocalDate validFrom,
      Map<ServiceType, BigDecimal> prices,
      BigDecimal referralReward,
      String createdBy,
      Instant createdAt) {
    if (validFrom == null) {
      throw new PriceListException("billing.priceList.fromMissing");
    }
    for (ServiceType type : LISTED) {
      BigDecimal price = prices.get(type);
      if (price == null || price.signum() < 0) {
        throw new PriceListException("billing.priceList.priceMissing");
      }
      this.prices.put(type, Money.cents(price));
    }
    if (referralReward == null || referralReward.signum() < 0) {
      throw new PriceListException("billing.priceList.priceMissing");
    }
    this.validFrom = validFrom;
    this.referralReward = Money.cents(referralReward);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * Ends this version the day before its successor starts; a successor must start later than this
   * version, or the two would overlap.
   */
  public void endBefore(PriceListVersion successor) {
    if (!successor.validFrom.isAfter(validFrom)
        || (validTo != null && !successor.validFrom.isAfter(validTo))) {
      throw new PriceListException("billing.priceList.overlap");
    }
    if (validTo == null) {
      validTo = successor.validFrom.minusDays(1);
    }
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** The Bulgarian unit in which the list states a type's price. */
  public static String unitBg(ServiceType type) {
    return switch (type) {
      case VISIT -> "час (всеки започнат половин час)";
      case REMOTE -> "започнати 15 минути";
      case TRAINING -> "участник";
      default -> "услуга";
    };
  }

  public Long getId() {
    return id;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public BigDecimal getReferralReward() {
    return referralReward;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Map<ServiceType, BigDecimal> getPrices() {
    return Map.copyOf(prices);
  }

  public BigDecimal priceOf(ServiceType type) {
    return prices.get(type);
  }
}
