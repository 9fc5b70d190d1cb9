package bg.omegasoft.shared.web;

import bg.omegasoft.shared.control.SofiaTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, times and money as people in Bulgaria read them: times in Europe/Sofia, dates as
 * 27.11.2026, amounts in EUR with two decimals and thousands grouped ("1 234,50 €"; in English
 * "€1,234.50").
 */
@Named
@RequestScoped
public class Formats {

  private static final Currency EURO = Currency.getInstance("EUR");
  private static final Locale BG = Locale.forLanguageTag("bg-BG");

  @Inject private LanguageSelection language;

  public String date(LocalDate date) {
    return date(date, language.getLocale());
  }

  public String dateTime(Instant instant) {
    return dateTime(instant, language.getLocale());
  }

  public String money(BigDecimal amount) {
    return money(amount, language.getLocale());
  }

  /** The pattern date pickers use, so typed dates read like displayed ones. */
  public String getDatePattern() {
    return datePattern(language.getLocale());
  }

  static String date(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : DateTimeFormatter.ofPattern(datePattern(locale), locale).format(date);
  }

  static String dateTime(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern(datePattern(locale) + " HH:mm", locale)
            .format(instant.atZone(SofiaTime.ZONE));
  }

  static String money(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    NumberFormat format;
    if (bulgarian(locale)) {
      // Java's bg-BG currency pattern does not group thousands; Bulgarian invoices and price lists
      // do, with a space: 1 234,50 €
      format = new DecimalFormat("#,##0.00 ¤", DecimalFormatSymbols.getInstance(BG));
    } else {
      format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-IE"));
    }
    format.setCurrency(EURO);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  private static String datePattern(Locale locale) {
    return bulgarian(locale) ? "dd.MM.yyyy" : "dd MMM yyyy";
  }

  private static boolean bulgarian(Locale locale) {
    return !"en".equals(Texts.supported(locale).getLanguage());
  }
}
