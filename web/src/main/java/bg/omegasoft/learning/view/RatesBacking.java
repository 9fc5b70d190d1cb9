package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.PriceRates;
import bg.omegasoft.learning.entity.PriceRate;
import bg.omegasoft.learning.entity.RateCode;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** learning/rates.xhtml: FINANCE sets the rates of the individual price formula. */
@Named
@ViewScoped
public class RatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PriceRates rates;

  private List<PriceRate> all;
  private final Map<RateCode, BigDecimal> amounts = new EnumMap<>(RateCode.class);

  @PostConstruct
  void load() {
    all = rates.all();
    all.forEach(r -> amounts.put(r.getCode(), r.getAmount()));
  }

  public void save() {
    rates.change(amounts);
    load();
    Messages.info("saved");
  }

  public List<PriceRate> getAll() {
    return all;
  }

  public Map<RateCode, BigDecimal> getAmounts() {
    return amounts;
  }
}
