package bg.omegasoft.billing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in EUR: always two decimals, rounded half-up to the cent. */
public final class Money {

  public static final BigDecimal ZERO = new BigDecimal("0.00");
  public static final BigDecimal HUNDRED = new BigDecimal(100);
  public static final String CURRENCY = "EUR";

  private Money() {}

  public static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
