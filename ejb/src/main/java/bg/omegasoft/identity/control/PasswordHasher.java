package bg.omegasoft.identity.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 (OWASP 2023: at least 600,000 iterations), a random
 * 16-byte salt per password, and a 32-byte key. The stored form names the algorithm and the
 * iterations, so the cost can be raised later and old hashes still verify: {@code
 * pbkdf2-sha256:600000:<salt>:<hash>} in Base64.
 */
public final class PasswordHasher {

  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A hash of a password nobody has, verified when the user name is unknown to even out timing. */
  private static final String DECOY = new PasswordHasher().hash("decoy-" + RANDOM.nextLong());

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS, KEY_BITS));
  }

  public boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split(":");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    int iterations = Integer.parseInt(parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, iterations, expected.length * 8);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of a verification without a real hash (unknown user name). */
  public void verifyDecoy(String password) {
    verify(password == null ? "" : password, DECOY);
  }

  /** Whether a stored hash is weaker than the current parameters and should be renewed. */
  public boolean needsRehash(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
  }

  private static String format(int iterations, byte[] salt, byte[] key) {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Prints a hash for a password given on the command line (for seeding demo accounts). */
  public static void main(String[] args) {
    System.out.println(new PasswordHasher().hash(args[0]));
  }
}
