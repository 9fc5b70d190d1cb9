package bg.omegasoft.shared.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euro, always to the cent (rounded half-up), as the platform bills, quotes and
 * publishes it. VAT is computed here only: {@link #vatAt(BigDecimal)} with the rate in force on the
 * day (billing's dated VAT rates), so catalogue, quotes, previews and invoices agree to the cent.
 */
public record Money(BigDecimal amount) implements Comparable<Money>, Serializable {

  public static final String CURRENCY = "EUR";
  public static final Money ZERO = new Money(BigDecimal.ZERO);
  public static final BigDecimal HUNDRED = new BigDecimal(100);

  public Money {
    amount = cents(Objects.requireNonNull(amount, "amount"));
  }

  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  /** A decimal string as the API and the database carry it ("120.00"). */
  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  /** A value to the cent, rounded half-up. */
  public static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** The VAT on a tax base at a rate in percent, rounded half-up to the cent. */
  public static BigDecimal vatOf(BigDecimal base, BigDecimal ratePercent) {
    return base.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** The amount for a quantity, rounded to the cent once. */
  public Money times(BigDecimal quantity) {
    return new Money(amount.multiply(quantity));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  /** The VAT on this amount as a tax base, at a rate in percent. */
  public Money vatAt(BigDecimal ratePercent) {
    return new Money(vatOf(amount, ratePercent));
  }

  /** This amount as a tax base plus its VAT at a rate in percent. */
  public Money withVatAt(BigDecimal ratePercent) {
    return plus(vatAt(ratePercent));
  }

  public int signum() {
    return amount.signum();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** The decimal string of the API and of e-invoices: "1234.50". */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
