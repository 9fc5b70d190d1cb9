package bg.omegasoft.identity.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the sign-in key, over a purpose and a list of parts (each preceded by its
 * length, so that no two lists give the same input): slots of counters an outsider cannot predict,
 * and the signatures of device cookies.
 */
public final class KeyedHash {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public KeyedHash(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  public byte[] of(String purpose, String... parts) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      update(mac, purpose);
      for (String part : parts) {
        update(mac, part == null ? "" : part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }

  /** One of {@code slots} slots (0 inclusive to slots exclusive) for the parts. */
  public int slot(int slots, String purpose, String... parts) {
    return Math.floorMod(ByteBuffer.wrap(of(purpose, parts)).getInt(), slots);
  }

  private static void update(Mac mac, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    mac.update(bytes);
  }
}
