package bg.omegasoft.identity.control;

import bg.omegasoft.identity.entity.SignInPolicy;
import java.time.Duration;
import java.util.Locale;

/**
 * The settings of sign-in throttling, each a system property or else an environment variable, read
 * when used; a missing or invalid value takes the default of {@link SignInPolicy#DEFAULT}:
 *
 * <ul>
 *   <li>{@code omex.signIn.accountAddressFailures} / OMEX_SIGN_IN_ACCOUNT_ADDRESS_FAILURES (5),
 *       {@code omex.signIn.accountFailures} / OMEX_SIGN_IN_ACCOUNT_FAILURES (20), {@code
 *       omex.signIn.addressFailures} / OMEX_SIGN_IN_ADDRESS_FAILURES (30), {@code
 *       omex.signIn.deviceFailures} / OMEX_SIGN_IN_DEVICE_FAILURES (10): failures let through at
 *       once within a window, per account and address, per account from unrecognised devices, per
 *       address across accounts, per recognised device;
 *   <li>{@code omex.signIn.firstDelaySeconds} / OMEX_SIGN_IN_FIRST_DELAY_SECONDS (5) and {@code
 *       omex.signIn.maxDelaySeconds} / OMEX_SIGN_IN_MAX_DELAY_SECONDS (900): the delay between
 *       attempts beyond them, doubling per failure;
 *   <li>{@code omex.signIn.windowMinutes} / OMEX_SIGN_IN_WINDOW_MINUTES (60): how long failures
 *       count;
 *   <li>{@code omex.signIn.deviceDays} / OMEX_SIGN_IN_DEVICE_DAYS (180): how long a browser stays
 *       recognised after its last sign-in.
 * </ul>
 */
public final class SignInSettings {

  private SignInSettings() {}

  public static SignInPolicy policy() {
    SignInPolicy d = SignInPolicy.DEFAULT;
    return new SignInPolicy(
        number("omex.signIn.accountAddressFailures", d.accountAddressFree()),
        number("omex.signIn.accountFailures", d.accountFree()),
        number("omex.signIn.addressFailures", d.addressFree()),
        number("omex.signIn.deviceFailures", d.deviceFree()),
        Duration.ofSeconds(number("omex.signIn.firstDelaySeconds", d.firstDelay().toSeconds())),
        Duration.ofSeconds(number("omex.signIn.maxDelaySeconds", d.maxDelay().toSeconds())),
        Duration.ofMinutes(number("omex.signIn.windowMinutes", d.window().toMinutes())),
        Duration.ofDays(number("omex.signIn.deviceDays", d.deviceLifetime().toDays())));
  }

  private static int number(String property, long fallback) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(variable(property));
    }
    try {
      long parsed = value == null ? fallback : Long.parseLong(value.strip());
      return (int) (parsed > 0 && parsed <= Integer.MAX_VALUE ? parsed : fallback);
    } catch (NumberFormatException e) {
      return (int) fallback;
    }
  }

  /** omex.signIn.accountFailures -> OMEX_SIGN_IN_ACCOUNT_FAILURES */
  static String variable(String property) {
    return property
        .replaceAll("([a-z])([A-Z])", "$1_$2")
        .replace('.', '_')
        .toUpperCase(Locale.ROOT);
  }
}
