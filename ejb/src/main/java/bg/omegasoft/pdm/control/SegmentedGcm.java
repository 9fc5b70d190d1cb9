package bg.omegasoft.pdm.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The at-rest format of PDM files: AES-256-GCM in independently authenticated segments, so that
 * files of any size are encrypted and decrypted as streams, never whole in memory.
 *
 * <pre>
 * file    = header segment+
 * header  = "OMXPDM" (6 bytes) | version 0x01 (1) | segment size S, big-endian int (4)
 *           | nonce prefix (7 random bytes)                                   = 18 bytes
 * segment = AES-256-GCM(data key, nonce_i, aad = header, plaintext_i) = ciphertext_i | tag (16)
 * nonce_i = nonce prefix (7) | i as big-endian unsigned int (4) | 0x01 for the last segment, else 0x00
 * </pre>
 *
 * Every segment but the last holds exactly S plaintext bytes; the last holds 0..S bytes (an empty
 * file is one empty last segment). Each file has its own random data key (see {@link KeyWrap}), so
 * a nonce never repeats under a key. Because the segment's position and "last" flag are part of its
 * nonce and the header is authenticated with each segment, any changed, swapped, dropped, appended
 * or truncated byte fails authentication (the STREAM construction of Hoang, Reyhanitabar, Rogaway
 * and Vizár, as in Google Tink's streaming AEAD). The decrypting stream releases a segment's
 * plaintext only after its tag verified; {@link FileVault} in addition verifies a whole file before
 * sending its first byte.
 */
public final class SegmentedGcm {

  public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;
  static final byte[] MAGIC = "OMXPDM".getBytes(StandardCharsets.US_ASCII);
  static final byte VERSION = 1;
  static final int HEADER_LENGTH = 18;
  static final int PREFIX_LENGTH = 7;
  static final int TAG_LENGTH = 16;
  private static final int MIN_SEGMENT = 16;
  private static final int MAX_SEGMENT = 8 * 1024 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SegmentedGcm() {}

  /** A stream that encrypts what is written to it into {@code out}; close it to finish the file. */
  public static OutputStream encrypting(OutputStream out, SecretKey key) throws IOException {
    return encrypting(out, key, DEFAULT_SEGMENT_SIZE);
  }

  static OutputStream encrypting(OutputStream out, SecretKey key, int segmentSize)
      throws IOException {
    if (segmentSize < MIN_SEGMENT || segmentSize > MAX_SEGMENT) {
      throw new IllegalArgumentException("segment size " + segmentSize);
    }
    byte[] prefix = new byte[PREFIX_LENGTH];
    RANDOM.nextBytes(prefix);
    return new Encryptor(out, key, header(segmentSize, prefix));
  }

  /**
   * A stream of the plaintext of {@code in}. It throws {@link TamperedContentException} as soon as
   * a segment fails authentication or the file is cut short, before any of that segment's bytes.
   */
  public static InputStream decrypting(InputStream in, SecretKey key) throws IOException {
    return new Decryptor(in, key);
  }

  /** The length of the encrypted form of a plaintext of the given length. */
  public static long encryptedLength(long plaintextLength, int segmentSize) {
    long segments = Math.max(1, (plaintextLength + segmentSize - 1) / segmentSize);
    return HEADER_LENGTH + plaintextLength + segments * TAG_LENGTH;
  }

  private static byte[] header(int segmentSize, byte[] prefix) {
    return ByteBuffer.allocate(HEADER_LENGTH)
        .put(MAGIC)
        .put(VERSION)
        .putInt(segmentSize)
        .put(prefix)
        .array();
  }

  static byte[] nonce(byte[] header, long index, boolean last) {
    if (index > 0xFFFF_FFFFL) {
      throw new IllegalStateException("too many segments");
    }
    return ByteBuffer.allocate(12)
        .put(header, MAGIC.length + 1 + 4, PREFIX_LENGTH)
        .putInt((int) index)
        .put(last ? (byte) 1 : (byte) 0)
        .array();
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] header, long index, boolean last)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce(header, index, last)));
    cipher.updateAAD(header);
    return cipher;
  }

  /** Buffers one segment; a full segment is written only once more data shows it is not last. */
  private static final class Encryptor extends OutputStream {

    private final OutputStream out;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] buffer;
    private int filled;
    private long index;
    private boolean closed;

    Encryptor(OutputStream out, SecretKey key, byte[] header) throws IOException {
      this.out = out;
      this.key = key;
      this.header = header;
      this.buffer = new byte[ByteBuffer.wrap(header, MAGIC.length + 1, 4).getInt()];
      out.write(header);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      int off = offset;
      int len = length;
      while (len > 0) {
        if (filled == buffer.length) {
          seal(false);
        }
        int n = Math.min(len, buffer.length - filled);
        System.arraycopy(bytes, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      try {
        seal(true);
      } finally {
        closed = true;
        Arrays.fill(buffer, (byte) 0);
        out.close();
      }
    }

    private void seal(boolean last) throws IOException {
      try {
        out.write(cipher(Cipher.ENCRYPT_MODE, key, header, index, last).doFinal(buffer, 0, filled));
      } catch (GeneralSecurityException e) {
        throw new IOException("encryption failed", e);
      }
      index++;
      filled = 0;
    }
  }

  /** Reads one segment ahead by one byte, to know whether the segment in hand is the last. */
  private static final class Decryptor extends InputStream {

    private final InputStream in;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] sealed;
    private int lookahead = -1;
    private byte[] plain = new byte[0];
    private int position;
    private long index;
    private boolean lastSeen;

    Decryptor(InputStream in, SecretKey key) throws IOException {
      this.in = in;
      this.key = key;
      this.header = readHeader(in);
      this.sealed = new byte[ByteBuffer.wrap(header, MAGIC.length + 1, 4).getInt() + TAG_LENGTH];
    }

    private static byte[] readHeader(InputStream in) throws IOException {
      byte[] header = in.readNBytes(HEADER_LENGTH);
      if (header.length < HEADER_LENGTH
          || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)
          || header[MAGIC.length] != VERSION) {
        throw new TamperedContentException("not an encrypted PDM file or an unknown version");
      }
      int segmentSize = ByteBuffer.wrap(header, MAGIC.length + 1, 4).getInt();
      if (segmentSize < MIN_SEGMENT || segmentSize > MAX_SEGMENT) {
        throw new TamperedContentException("implausible segment size");
      }
      return header;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (position == plain.length) {
        if (!nextSegment()) {
          return -1;
        }
      }
      int n = Math.min(length, plain.length - position);
      System.arraycopy(plain, position, target, offset, n);
      position += n;
      return n;
    }

    private boolean nextSegment() throws IOException {
      if (lastSeen) {
        return false;
      }
      int filled = 0;
      if (lookahead >= 0) {
        sealed[filled++] = (byte) lookahead;
        lookahead = -1;
      }
      filled += in.readNBytes(sealed, filled, sealed.length - filled);
      if (filled < TAG_LENGTH) {
        throw new TamperedContentException("the file is cut short");
      }
      boolean last = filled < sealed.length;
      if (!last) {
        lookahead = in.read();
        last = lookahead < 0;
      }
      try {
        Arrays.fill(plain, (byte) 0);
        plain = cipher(Cipher.DECRYPT_MODE, key, header, index, last).doFinal(sealed, 0, filled);
      } catch (AEADBadTagException e) {
        throw new TamperedContentException("segment " + index + " failed authentication");
      } catch (GeneralSecurityException e) {
        throw new IOException("decryption failed", e);
      }
      position = 0;
      index++;
      lastSeen = last;
      return true;
    }

    @Override
    public void close() throws IOException {
      Arrays.fill(plain, (byte) 0);
      in.close();
    }
  }

  /** Encrypts a small plaintext at once (for tests and tools). */
  static byte[] encrypt(byte[] plaintext, SecretKey key, int segmentSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream encrypting = encrypting(out, key, segmentSize)) {
      encrypting.write(plaintext);
    }
    return out.toByteArray();
  }

  /** Thrown when the encrypted form was changed, cut short or is not a PDM file at all. */
  public static final class TamperedContentException extends IOException {

    private static final long serialVersionUID = 1L;

    public TamperedContentException(String message) {
      super(message);
    }
  }
}
