package bg.omegasoft.pdm.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Data keys of files and their wrapping by the master key. A wrapped key is {@code nonce (12) |
 * AES-256-GCM(master key, nonce, aad = context, data key) (32 + 16 tag)} = 60 bytes. The context
 * names the file's storage, so a wrapped key copied to another file's record does not open it.
 */
public final class KeyWrap {

  static final int WRAPPED_LENGTH = 12 + 32 + 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CONTEXT_PREFIX = "omex-pdm/data-key/v1/";

  private KeyWrap() {}

  /** A fresh random AES-256 key for one file. */
  public static SecretKey newDataKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256 is not available", e);
    }
  }

  public static byte[] wrap(SecretKey master, SecretKey dataKey, String storageName) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(context(storageName));
      byte[] sealed = cipher.doFinal(dataKey.getEncoded());
      return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the data key could not be wrapped", e);
    }
  }

  /** The data key; fails when the wrapped key, the master key or the context do not match. */
  public static SecretKey unwrap(SecretKey master, byte[] wrapped, String storageName)
      throws GeneralSecurityException {
    if (wrapped == null || wrapped.length != WRAPPED_LENGTH) {
      throw new GeneralSecurityException("no usable wrapped key");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(128, wrapped, 0, 12));
    cipher.updateAAD(context(storageName));
    byte[] key = cipher.doFinal(wrapped, 12, wrapped.length - 12);
    return new SecretKeySpec(key, "AES");
  }

  private static byte[] context(String storageName) {
    return (CONTEXT_PREFIX + storageName).getBytes(StandardCharsets.US_ASCII);
  }
}
