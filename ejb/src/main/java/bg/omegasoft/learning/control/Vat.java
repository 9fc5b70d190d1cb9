package bg.omegasoft.learning.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Bulgarian VAT at the standard 20% that applies to trainings, rounded half-up to the cent. */
public final class Vat {

  public static final BigDecimal STANDARD_RATE = new BigDecimal("0.20");

  private Vat() {}

  /** The VAT on a net amount. */
  public static BigDecimal of(BigDecimal net) {
    return net.multiply(STANDARD_RATE).setScale(2, RoundingMode.HALF_UP);
  }

  /** The amount with VAT. */
  public static BigDecimal gross(BigDecimal net) {
    BigDecimal cents = net.setScale(2, RoundingMode.HALF_UP);
    return cents.add(of(cents));
  }
}
