package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.math.BigDecimal;

/**
 * What an individual price depends on (charter: venue, topics in hours, number and level of the
 * trainees). Absurd numbers are refused before anything is computed or saved.
 */
public record PriceInput(
    Level level, SessionFormat venue, BigDecimal hours, int trainees, int distanceKm) {

  public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);
  public static final int MAX_TRAINEES = 200;
  public static final int MAX_DISTANCE_KM = 2000;

  public void check() {
    if (level == null) {
      throw new InvalidInputException("level", "quote.levelRequired");
    }
    if (venue == null) {
      throw new InvalidInputException("venue", "quote.venueRequired");
    }
    if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
      throw new InvalidInputException("hours", "quote.hoursRange");
    }
    if (trainees < 1 || trainees > MAX_TRAINEES) {
      throw new InvalidInputException("trainees", "quote.traineesRange");
    }
    if (distanceKm < 0 || distanceKm > MAX_DISTANCE_KM) {
      throw new InvalidInputException("distanceKm", "quote.distanceRange");
    }
  }
}
