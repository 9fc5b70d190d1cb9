package bg.omegasoft.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API token secrets (256 random bits, recognisable by the {@code omx_} prefix) and the
 * SHA-256 digest under which a token is looked up. A fast digest suffices: the secret is random,
 * not chosen by a person.
 */
public final class TokenSecrets {

  public static final String PREFIX = "omx_";

  private static final SecureRandom RANDOM = new SecureRandom();

  public String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String digest(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** The part of the secret shown in lists, enough to tell tokens apart. */
  public String displayPrefix(String secret) {
    return secret.substring(0, Math.min(secret.length(), 10));
  }

  public boolean looksLikeSecret(String value) {
    return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + 43;
  }
}
