package bg.omegasoft.learning.control;

import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.PriceBreakdown;
import bg.omegasoft.learning.entity.PriceBreakdown.Line;
import bg.omegasoft.learning.entity.PriceInput;
import bg.omegasoft.learning.entity.RateCode;
import bg.omegasoft.learning.entity.SessionFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The individual price, by a formula anyone can follow (it is shown on the quote page):
 *
 * <pre>
 * days     = hours / 8, rounded up
 * tuition  = hours x hourly rate of the level
 * trainees = trainees x per-trainee rate (materials, final test, certificate)
 * venue    = ONLINE:         nothing
 *            CLASSROOM:      days x classroom rate per day
 *            ON_SITE_CLIENT: tuition x client-site percent / 100
 *                            + days x (2 x distance km x rate per km + per diem)
 * price    = sum of the lines, each rounded half-up to the cent (EUR, excl. VAT)
 * </pre>
 */
public class PriceCalculator {

  static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Map<RateCode, BigDecimal> rates;

  public PriceCalculator(Map<RateCode, BigDecimal> rates) {
    for (RateCode code : RateCode.values()) {
      if (!rates.containsKey(code)) {
        throw new IllegalArgumentException("Missing rate " + code);
      }
    }
    this.rates = Map.copyOf(rates);
  }

  public PriceBreakdown price(PriceInput input) {
    input.check();
    int days = days(input.hours());
    List<Line> lines = new ArrayList<>();
    BigDecimal hourly =
        rate(input.level() == Level.ADVANCED ? RateCode.HOUR_ADVANCED : RateCode.HOUR_BEGINNER);
    Line tuition = line("tuition", input.hours(), hourly);
    lines.add(tuition);
    lines.add(line("trainees", BigDecimal.valueOf(input.trainees()), rate(RateCode.PER_TRAINEE)));
    if (input.venue() == SessionFormat.CLASSROOM) {
      lines.add(line("classroom", BigDecimal.valueOf(days), rate(RateCode.CLASSROOM_DAY)));
    } else if (input.venue() == SessionFormat.ON_SITE_CLIENT) {
      BigDecimal percent = rate(RateCode.CLIENT_SITE_PERCENT);
      lines.add(
          new Line(
              "clientSite",
              tuition.amount(),
              percent,
              cents(tuition.amount().multiply(percent).divide(HUNDRED))));
      BigDecimal roundTripKm = BigDecimal.valueOf(2L * input.distanceKm());
      lines.add(
          line(
              "travelKm",
              roundTripKm.multiply(BigDecimal.valueOf(days)),
              rate(RateCode.TRAVEL_PER_KM)));
      lines.add(line("travelDays", BigDecimal.valueOf(days), rate(RateCode.TRAVEL_DAY)));
    }
    return new PriceBreakdown(List.copyOf(lines), days);
  }

  /** Training days: eight hours a day, a started day counts whole. */
  static int days(BigDecimal hours) {
    return Math.max(1, hours.divide(HOURS_PER_DAY, 0, RoundingMode.CEILING).intValueExact());
  }

  private static Line line(String key, BigDecimal quantity, BigDecimal rate) {
    return new Line(key, quantity, rate, cents(quantity.multiply(rate)));
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private BigDecimal rate(RateCode code) {
    return rates.get(code);
  }
}
