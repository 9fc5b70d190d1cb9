package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.control.PriceBookCache;
import bg.omegasoft.shared.entity.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The VAT rate in force on a day, from billing's dated rates (table {@code vat_rate}), for every
 * capability that shows or computes an amount with VAT: the catalogue and quotes use the same rate
 * as the invoice. Open to anyone: the public catalogue shows prices with VAT.
 */
@Stateless
@PermitAll
public class VatRates {

  @Inject private PriceBookCache prices;

  /** The rate in percent (20.00). */
  public BigDecimal percentOn(LocalDate day) {
    return prices.book().vatRateOn(day);
  }

  /** The VAT on a tax base, at the rate of the day. */
  public Money vatOn(Money taxBase, LocalDate day) {
    return taxBase.vatAt(percentOn(day));
  }
}
