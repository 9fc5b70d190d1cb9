package bg.omegasoft.servicedesk.control;

import bg.omegasoft.shared.control.Settings;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The norm of a phone consultation: the charter says 5 to 10 minutes; the operator picks the
 * minutes with {@code omex.phone.normMinutes} (a system property, or OMEX_PHONE_NORM_MINUTES;
 * default 10). A value outside 5..10, or not a number, is refused with a warning and the norm stays
 * 10 minutes. Read when used, so a change takes effect without a redeployment.
 */
public final class PhoneNorm {

  static final int DEFAULT_MINUTES = 10;
  static final int MIN_MINUTES = 5;
  static final int MAX_MINUTES = 10;

  private static final Logger LOG = Logger.getLogger(PhoneNorm.class.getName());
  private static volatile String lastRefused;

  private PhoneNorm() {}

  /** The norm in effect. */
  public static Duration current() {
    return Duration.ofMinutes(
        minutesOf(Settings.of("omex.phone.normMinutes", "OMEX_PHONE_NORM_MINUTES")));
  }

  /** The minutes a setting gives: its value when a whole number in 5..10, else 10 (logged once). */
  static int minutesOf(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_MINUTES;
    }
    int minutes = wholeNumber(value.strip());
    if (minutes >= MIN_MINUTES && minutes <= MAX_MINUTES) {
      return minutes;
    }
    if (!Objects.equals(lastRefused, value)) {
      lastRefused = value;
      LOG.warning(
          () ->
              "omex.phone.normMinutes / OMEX_PHONE_NORM_MINUTES = '"
                  + value
                  + "' refused: the charter allows "
                  + MIN_MINUTES
                  + " to "
                  + MAX_MINUTES
                  + " minutes; the phone norm stays "
                  + DEFAULT_MINUTES
                  + " minutes");
    }
    return DEFAULT_MINUTES;
  }

  private static int wholeNumber(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
