package bg.omegasoft.shared.web;

import bg.omegasoft.shared.control.SofiaTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, times and money as people in Bulgaria read them: times in Europe/Sofia, dates as
 * 27.11.2026, amounts in EUR with two decimals ("1 234,50 €"; in English "€1,234.50").
 */
@Named
@RequestScoped
public class Formats {

  private static final Currency EURO = Currency.getInstance("EUR");

  @Inject private LanguageSelection language;

  public String date(LocalDate date) {
    return date == null ? "" : dateFormat().format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern(datePattern() + " HH:mm", locale())
            .format(instant.atZone(SofiaTime.ZONE));
  }

  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(moneyLocale());
    format.setCurrency(EURO);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount);
  }

  /** The pattern date pickers use, so typed dates read like displayed ones. */
  public String getDatePattern() {
    return datePattern();
  }

  private DateTimeFormatter dateFormat() {
    return DateTimeFormatter.ofPattern(datePattern(), locale());
  }

  private String datePattern() {
    return "bg".equals(locale().getLanguage()) ? "dd.MM.yyyy" : "dd MMM yyyy";
  }

  private Locale moneyLocale() {
    return "bg".equals(locale().getLanguage())
        ? Locale.forLanguageTag("bg-BG")
        : Locale.forLanguageTag("en-IE");
  }

  private Locale locale() {
    return language.getLocale();
  }
}
