package bg.omegasoft.servicedesk.control;

import bg.omegasoft.shared.control.PublicAddress;
import bg.omegasoft.shared.control.Settings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The links that confirm a request from the public form: a token of 256 random bits, only ever sent
 * to the address the request gave; the request keeps its SHA-256, so the database alone does not
 * give the link away. A link is valid for {@code omex.sd.confirmationDays} days (a system property,
 * or OMEX_SD_CONFIRMATION_DAYS; default 7); requests not confirmed by then are removed.
 */
public final class ConfirmationLinks {

  /** The public page that confirms; the token follows it. */
  public static final String PATH = "/public/confirm.xhtml?token=";

  static final int DEFAULT_DAYS = 7;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConfirmationLinks() {}

  /** A new token, URL-safe (43 characters). */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What the request keeps of a token: its SHA-256, hexadecimal. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The link to send: the platform's public address, the page, the token. */
  public static String link(String token) {
    return PublicAddress.url() + PATH + token;
  }

  /** How long a link is valid. */
  public static Duration validity() {
    String value = Settings.of("omex.sd.confirmationDays", "OMEX_SD_CONFIRMATION_DAYS");
    try {
      long days = value == null ? DEFAULT_DAYS : Long.parseLong(value.strip());
      return Duration.ofDays(days > 0 ? Math.min(days, 90) : DEFAULT_DAYS);
    } catch (NumberFormatException e) {
      return Duration.ofDays(DEFAULT_DAYS);
    }
  }
}
