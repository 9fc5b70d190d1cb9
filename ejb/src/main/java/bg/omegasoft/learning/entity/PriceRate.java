package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One rate of the individual price formula (EUR, or percent for the client-site surcharge). */
@Entity
@Table(name = "price_rate")
@NamedQuery(name = PriceRate.FIND_ALL, query = "select r from PriceRate r order by r.position")
public class PriceRate {

  public static final String FIND_ALL = "PriceRate.findAll";
  static final BigDecimal MAX = new BigDecimal("10000.00");

  @Id
  @Enumerated(EnumType.STRING)
  private RateCode code;

  private BigDecimal amount;

  private int position;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected PriceRate() {}

  public PriceRate(RateCode code, BigDecimal amount) {
    this.code = code;
    this.amount = amount;
  }

  /**
   * Sets a new amount: not negative, at most 10,000 (100 for the percent); notes who changed it.
   */
  public void change(BigDecimal newAmount, String who, Instant now) {
    BigDecimal max = code == RateCode.CLIENT_SITE_PERCENT ? BigDecimal.valueOf(100) : MAX;
    if (newAmount == null || newAmount.signum() < 0 || newAmount.compareTo(max) > 0) {
      throw new InvalidInputException("rate_" + code.name(), "rate.range");
    }
    if (newAmount.compareTo(amount) == 0) {
      return;
    }
    this.amount = newAmount.setScale(2, RoundingMode.HALF_UP);
    this.updatedAt = now;
    this.updatedBy = who;
  }

  public RateCode getCode() {
    return code;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
