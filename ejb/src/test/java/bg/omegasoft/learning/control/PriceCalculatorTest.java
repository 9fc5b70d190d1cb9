package bg.omegasoft.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.PriceBreakdown;
import bg.omegasoft.learning.entity.PriceInput;
import bg.omegasoft.learning.entity.RateCode;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.shared.boundary.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The individual price formula, line by line, and its refusal of absurd inputs. */
class PriceCalculatorTest {

  private final PriceCalculator calculator = new PriceCalculator(rates());

  static Map<RateCode, BigDecimal> rates() {
    Map<RateCode, BigDecimal> rates = new EnumMap<>(RateCode.class);
    rates.put(RateCode.HOUR_BEGINNER, new BigDecimal("55.00"));
    rates.put(RateCode.HOUR_ADVANCED, new BigDecimal("70.00"));
    rates.put(RateCode.PER_TRAINEE, new BigDecimal("30.00"));
    rates.put(RateCode.CLASSROOM_DAY, new BigDecimal("90.00"));
    rates.put(RateCode.CLIENT_SITE_PERCENT, new BigDecimal("15.00"));
    rates.put(RateCode.TRAVEL_PER_KM, new BigDecimal("0.45"));
    rates.put(RateCode.TRAVEL_DAY, new BigDecimal("45.00"));
    return rates;
  }

  @Test
  void onlineIsHoursAtTheLevelRatePlusTrainees() {
    PriceBreakdown price =
        calculator.price(
            new PriceInput(Level.ADVANCED, SessionFormat.ONLINE, new BigDecimal("12"), 8, 0));
    assertEquals(2, price.lines().size());
    assertEquals(new BigDecimal("840.00"), price.lines().get(0).amount());
    assertEquals(new BigDecimal("240.00"), price.lines().get(1).amount());
    assertEquals(new BigDecimal("1080.00"), price.total());
    assertEquals(2, price.days());
  }

  @Test
  void theClassroomIsChargedPerStartedDay() {
    PriceBreakdown price =
        calculator.price(
            new PriceInput(Level.BEGINNER, SessionFormat.CLASSROOM, new BigDecimal("8.5"), 5, 0));
    assertEquals(2, price.days(), "8.5 hours are two training days");
    assertEquals("classroom", price.lines().get(2).key());
    assertEquals(new BigDecimal("180.00"), price.lines().get(2).amount());
    // 8.5 x 55 = 467.50; 5 x 30 = 150; 2 x 90 = 180
    assertEquals(new BigDecimal("797.50"), price.total());
  }

  @Test
  void atTheClientsSiteASurchargeAndTravelBothWaysEachDay() {
    PriceBreakdown price =
        calculator.price(
            new PriceInput(
                Level.BEGINNER, SessionFormat.ON_SITE_CLIENT, new BigDecimal("16"), 10, 150));
    // tuition 16 x 55 = 880; trainees 10 x 30 = 300; surcharge 15% of 880 = 132
    // travel 2 days x 300 km x 0.45 = 270; per diem 2 x 45 = 90
    assertEquals(new BigDecimal("132.00"), price.lines().get(2).amount());
    assertEquals(new BigDecimal("600"), price.lines().get(3).quantity());
    assertEquals(new BigDecimal("270.00"), price.lines().get(3).amount());
    assertEquals(new BigDecimal("90.00"), price.lines().get(4).amount());
    assertEquals(new BigDecimal("1672.00"), price.total());
  }

  @Test
  void eachLineIsRoundedHalfUpToTheCent() {
    Map<RateCode, BigDecimal> odd = rates();
    odd.put(RateCode.HOUR_BEGINNER, new BigDecimal("33.335"));
    PriceBreakdown price =
        new PriceCalculator(odd)
            .price(new PriceInput(Level.BEGINNER, SessionFormat.ONLINE, BigDecimal.ONE, 1, 0));
    assertEquals(new BigDecimal("33.34"), price.lines().get(0).amount());
  }

  @Test
  void theBreakdownSurvivesItsTextForm() {
    PriceBreakdown price =
        calculator.price(
            new PriceInput(
                Level.ADVANCED, SessionFormat.ON_SITE_CLIENT, new BigDecimal("4.5"), 3, 12));
    assertEquals(price, PriceBreakdown.fromText(price.toText()));
  }

  @Test
  void negativeOrAbsurdNumbersAreRefusedWithTheFailingField() {
    assertField(
        "hours", new PriceInput(Level.BEGINNER, SessionFormat.ONLINE, new BigDecimal("-1"), 5, 0));
    assertField(
        "hours", new PriceInput(Level.BEGINNER, SessionFormat.ONLINE, new BigDecimal("201"), 5, 0));
    assertField(
        "trainees", new PriceInput(Level.BEGINNER, SessionFormat.ONLINE, BigDecimal.TEN, 0, 0));
    assertField(
        "trainees", new PriceInput(Level.BEGINNER, SessionFormat.ONLINE, BigDecimal.TEN, 5000, 0));
    assertField(
        "distanceKm",
        new PriceInput(Level.BEGINNER, SessionFormat.ON_SITE_CLIENT, BigDecimal.TEN, 5, -3));
    assertField("venue", new PriceInput(Level.BEGINNER, null, BigDecimal.TEN, 5, 0));
  }

  private void assertField(String field, PriceInput input) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> calculator.price(input));
    assertEquals(field, refused.fieldKeys().keySet().iterator().next());
  }
}
