package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.PriceLists;
import bg.omegasoft.billing.entity.PriceListVersion;
import bg.omegasoft.shared.entity.ServiceType;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** billing/price-list.xhtml: the versions of the price list; FINANCE adds a new one. */
@Named
@ViewScoped
public class PriceListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PriceLists priceLists;

  private List<PriceListVersion> versions;
  private LocalDate validFrom;
  private BigDecimal referralReward;
  private final Map<ServiceType, BigDecimal> prices = new EnumMap<>(ServiceType.class);

  @PostConstruct
  void load() {
    versions = priceLists.versions();
    if (!versions.isEmpty()) {
      prices.putAll(versions.get(0).getPrices());
      referralReward = versions.get(0).getReferralReward();
    }
  }

  public void add() {
    priceLists.add(validFrom, prices, referralReward);
    validFrom = null;
    load();
    Messages.info("billing.priceList.added");
  }

  public List<ServiceType> getListed() {
    return PriceListVersion.LISTED;
  }

  public List<PriceListVersion> getVersions() {
    return versions;
  }

  public Map<ServiceType, BigDecimal> getPrices() {
    return prices;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public BigDecimal getReferralReward() {
    return referralReward;
  }

  public void setReferralReward(BigDecimal referralReward) {
    this.referralReward = referralReward;
  }
}
