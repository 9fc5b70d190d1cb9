package bg.omegasoft.shared.web;

import bg.omegasoft.shared.control.Formatter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The pages' access to the platform's one formatter ({@link Formatter}) in the reader's language:
 * {@code #{formats.money(invoice.total)}} reads "1 234,50 €" in Bulgarian and "€1,234.50" in
 * English, exactly as the PDF and the e-mail of the same invoice.
 */
@Named
@RequestScoped
public class Formats {

  @Inject private LanguageSelection language;

  public String date(LocalDate date) {
    return Formatter.date(date, language.getLocale());
  }

  public String dateTime(Instant instant) {
    return Formatter.dateTime(instant, language.getLocale());
  }

  public String time(Instant instant) {
    return Formatter.time(instant, language.getLocale());
  }

  public String money(BigDecimal amount) {
    return Formatter.money(amount, language.getLocale());
  }

  /** To the cent without the euro sign, where the column heading names the currency. */
  public String amount(BigDecimal amount) {
    return Formatter.amount(amount, language.getLocale());
  }

  public String quantity(BigDecimal value) {
    return Formatter.quantity(value, language.getLocale());
  }

  /** A value in percent (a VAT rate of 20.00 reads "20 %"). */
  public String percent(BigDecimal percent) {
    return Formatter.percent(percent, language.getLocale());
  }

  /** A fraction as a percentage (0.1111 reads "11,1 %"). */
  public String share(BigDecimal fraction) {
    return Formatter.share(fraction, language.getLocale());
  }

  public String number(BigDecimal value, int maxDecimals) {
    return Formatter.number(value, maxDecimals, language.getLocale());
  }

  public String fileSize(long bytes) {
    return Formatter.fileSize(bytes, language.getLocale());
  }

  /** The pattern date pickers use, so typed dates read like displayed ones. */
  public String getDatePattern() {
    return Formatter.datePattern(language.getLocale());
  }
}
