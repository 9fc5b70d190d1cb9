package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.time.Instant;

/**
 * The settings of a test a trainer chooses: title, time limit, attempts, availability window,
 * shuffled options and whether answers may be reviewed once the window has closed.
 */
public record TestSettings(
    String title,
    int timeLimitMinutes,
    int maxAttempts,
    Instant availableFrom,
    Instant availableUntil,
    boolean shuffleOptions,
    boolean reviewAllowed) {

  public void check() {
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new InvalidInputException("title", "test.titleRequired");
    }
    if (timeLimitMinutes < 1 || timeLimitMinutes > 600) {
      throw new InvalidInputException("timeLimit", "test.timeLimitRange");
    }
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new InvalidInputException("maxAttempts", "test.attemptsRange");
    }
    if (availableFrom != null && availableUntil != null && !availableUntil.isAfter(availableFrom)) {
      throw new InvalidInputException("availableUntil", "test.windowInvalid");
    }
  }
}
