package bg.omegasoft.contracts.view;

import java.io.Serializable;
import java.math.BigDecimal;

/** A service type's own overage rate; empty means list price less the discount. */
public class RateRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String type;
  private BigDecimal rate;

  RateRow(String type) {
    this.type = type;
  }

  public String getType() {
    return type;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }
}
