package bg.omegasoft.identity.entity;

import bg.omegasoft.identity.entity.SignInCounter.Kind;
import java.time.Duration;

/**
 * The numbers of sign-in throttling: how many failures each kind of counter lets through at once
 * within its window, and the delay between attempts beyond them, which starts at {@code firstDelay}
 * and doubles with each further failure up to {@code maxDelay} (progressive, never a cliff). A
 * recognised device is remembered for {@code deviceLifetime}.
 */
public record SignInPolicy(
    int accountAddressFree,
    int accountFree,
    int addressFree,
    int deviceFree,
    Duration firstDelay,
    Duration maxDelay,
    Duration window,
    Duration deviceLifetime) {

  /** The defaults: see the README's configuration table. */
  public static final SignInPolicy DEFAULT =
      new SignInPolicy(
          5,
          20,
          30,
          10,
          Duration.ofSeconds(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofDays(180));

  public int freeFailures(Kind kind) {
    return switch (kind) {
      case ACCOUNT_ADDRESS -> accountAddressFree;
      case ACCOUNT -> accountFree;
      case ADDRESS -> addressFree;
      case DEVICE -> deviceFree;
    };
  }

  /** The wait between attempts once a counter holds this many failures (zero within the free). */
  public Duration delayAfter(Kind kind, int failures) {
    int beyond = failures - freeFailures(kind);
    if (beyond < 0) {
      return Duration.ZERO;
    }
    Duration delay = firstDelay;
    for (int i = 0; i < beyond && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
  }
}
