package bg.omegasoft.shared.control;

import bg.omegasoft.shared.entity.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the platform writes amounts, numbers, percentages, sizes and dates for people, the
 * same on pages, PDFs, e-mails and charts. Bulgarian: {@code 1 234,56 €}, {@code 20 %}, {@code
 * 07.12.2026}; English: {@code €1,234.56}, {@code 20%}, {@code 07 Dec 2026}. Thousands are grouped
 * with a no-break space in Bulgarian, so an amount never breaks over two lines. Machines (the API,
 * e-invoices) get plain decimal strings instead ({@link Money#toString()}).
 */
public final class Formatter {

  public static final Locale BULGARIAN = Locale.forLanguageTag("bg-BG");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final char NO_BREAK_SPACE = '\u00a0';
  private static final String[] SIZE_UNITS_BG = {"Б", "КБ", "МБ", "ГБ"};
  private static final String[] SIZE_UNITS_EN = {"B", "KB", "MB", "GB"};

  private Formatter() {}

  /** Whether texts for this locale are English (everything else reads Bulgarian). */
  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** An amount with the euro sign: {@code 1 234,56 €} / {@code €1,234.56}; empty for none. */
  public static String money(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    String digits = amount(amount.abs(), locale);
    String sign = amount.signum() < 0 ? "-" : "";
    return isEnglish(locale) ? sign + "€" + digits : sign + digits + NO_BREAK_SPACE + "€";
  }

  public static String money(Money amount, Locale locale) {
    return amount == null ? "" : money(amount.amount(), locale);
  }

  /**
   * An amount to the cent without the currency, where a column or a heading names it: {@code 1
   * 234,56} / {@code 1,234.56}.
   */
  public static String amount(BigDecimal amount, Locale locale) {
    return amount == null ? "" : decimal(locale, 2, 2).format(Money.cents(amount));
  }

  /**
   * A number with at most {@code maxDecimals} decimals and no trailing zeros: quantities, hours,
   * scores ({@code 1,5}, {@code 12}, {@code 1 250}).
   */
  public static String number(BigDecimal value, int maxDecimals, Locale locale) {
    return value == null ? "" : decimal(locale, 0, maxDecimals).format(value);
  }

  /** A quantity as on invoices and quotes: at most two decimals ({@code 1,5}, {@code 3}). */
  public static String quantity(BigDecimal value, Locale locale) {
    return number(value, 2, locale);
  }

  public static String number(long value, Locale locale) {
    return decimal(locale, 0, 0).format(value);
  }

  /**
   * A percentage given in percent (a VAT rate of 20.00, a discount of 12.5): {@code 20 %} / {@code
   * 20%}, at most one decimal.
   */
  public static String percent(BigDecimal percent, Locale locale) {
    if (percent == null) {
      return "";
    }
    String digits = number(percent, 1, locale);
    return isEnglish(locale) ? digits + "%" : digits + NO_BREAK_SPACE + "%";
  }

  /** A share given as a fraction (0.1111 → {@code 11,1 %}). */
  public static String share(BigDecimal fraction, Locale locale) {
    return fraction == null ? "" : percent(fraction.multiply(Money.HUNDRED), locale);
  }

  /** A file size in the units people read: {@code 1,5 МБ} / {@code 1.5 MB}. */
  public static String fileSize(long bytes, Locale locale) {
    String[] units = isEnglish(locale) ? SIZE_UNITS_EN : SIZE_UNITS_BG;
    BigDecimal value = BigDecimal.valueOf(bytes);
    BigDecimal kilo = BigDecimal.valueOf(1024);
    int unit = 0;
    while (value.compareTo(kilo) >= 0 && unit < units.length - 1) {
      value = value.divide(kilo, 3, RoundingMode.HALF_UP);
      unit++;
    }
    return number(value, unit == 0 ? 0 : 1, locale) + NO_BREAK_SPACE + units[unit];
  }

  /** The date pattern: {@code dd.MM.yyyy} / {@code dd MMM yyyy}; date pickers type it too. */
  public static String datePattern(Locale locale) {
    return isEnglish(locale) ? "dd MMM yyyy" : "dd.MM.yyyy";
  }

  public static String date(LocalDate date, Locale locale) {
    return date == null ? "" : dateFormat(datePattern(locale), locale).format(date);
  }

  /** A moment in Sofia time: {@code 07.12.2026 14:30}. */
  public static String dateTime(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : dateFormat(datePattern(locale) + " HH:mm", locale).format(instant.atZone(SofiaTime.ZONE));
  }

  /** The time of day in Sofia: {@code 14:30}. */
  public static String time(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : dateFormat("HH:mm", locale).format(instant.atZone(SofiaTime.ZONE));
  }

  /** A short date for chart axes and narrow columns: {@code 07.12} / {@code 07 Dec}. */
  public static String dayAndMonth(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : dateFormat(isEnglish(locale) ? "dd MMM" : "dd.MM", locale).format(date);
  }

  private static DateTimeFormatter dateFormat(String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern, isEnglish(locale) ? ENGLISH : BULGARIAN);
  }

  private static DecimalFormat decimal(Locale locale, int minDecimals, int maxDecimals) {
    DecimalFormatSymbols symbols =
        new DecimalFormatSymbols(isEnglish(locale) ? ENGLISH : BULGARIAN);
    if (!isEnglish(locale)) {
      symbols.setDecimalSeparator(',');
      symbols.setGroupingSeparator(NO_BREAK_SPACE);
    }
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minDecimals);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
