package bg.omegasoft.certification.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Verification codes of certificates: 20 characters of base32 (A–Z, 2–7) from a SecureRandom, i.e.
 * 100 bits of randomness, so a code cannot be guessed or derived from the number.
 */
public final class VerificationCodes {

  public static final int LENGTH = 20;

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  public static String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** The code as typed (any case, spaces or dashes), or null when it cannot be a code. */
  public static String normalise(String typed) {
    if (typed == null || typed.length() > 64) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return WELL_FORMED.matcher(code).matches() ? code : null;
  }
}
