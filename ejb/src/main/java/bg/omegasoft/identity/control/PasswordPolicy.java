package bg.omegasoft.identity.control;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: long enough (NIST SP 800-63B favours length over composition), not
 * the user name, and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "1234567890",
          "qwertyuiop",
          "omegasoft123",
          "omex123456",
          "parola1234",
          "0123456789",
          "password123");

  /** Throws when the password breaks a rule; the field is "password". */
  public void check(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInputException("password", "password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInputException("password", "password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("password", "password.containsUsername");
    }
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
      throw new InvalidInputException("password", "password.tooCommon");
    }
  }
}
