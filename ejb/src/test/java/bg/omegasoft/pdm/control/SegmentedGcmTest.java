package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.pdm.control.SegmentedGcm.TamperedContentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The at-rest format: round trips at every segment boundary, and every kind of tampering fails. */
class SegmentedGcmTest {

  private static final int SEGMENT = 64;
  private final SecretKey key = KeyWrap.newDataKey();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 7})
  void decryptsToThePlaintextForEverySizeAroundSegmentBoundaries(int size) throws IOException {
    byte[] plaintext = random(size);
    byte[] sealed = SegmentedGcm.encrypt(plaintext, key, SEGMENT);
    assertEquals(SegmentedGcm.encryptedLength(size, SEGMENT), sealed.length);
    assertArrayEquals(plaintext, decrypt(sealed, key));
  }

  @Test
  void theStoredBytesDoNotContainThePlaintext() throws IOException {
    byte[] plaintext =
        "ЕГН 8001011234; Иван Петров; заплата 2500 EUR".repeat(20).getBytes(StandardCharsets.UTF_8);
    byte[] sealed = SegmentedGcm.encrypt(plaintext, key, SEGMENT);
    String stored = new String(sealed, StandardCharsets.UTF_8);
    assertFalse(stored.contains("Иван"));
    assertFalse(stored.contains("8001011234"));
  }

  @Test
  void everyChangedByteIsDetected() throws IOException {
    byte[] sealed = SegmentedGcm.encrypt(random(2 * SEGMENT + 10), key, SEGMENT);
    for (int i = 0; i < sealed.length; i++) {
      byte[] changed = sealed.clone();
      changed[i] ^= 0x01;
      assertThrows(IOException.class, () -> decrypt(changed, key), "byte " + i);
    }
  }

  @Test
  void aFileCutAtASegmentBoundaryIsDetected() throws IOException {
    byte[] sealed = SegmentedGcm.encrypt(random(3 * SEGMENT), key, SEGMENT);
    int twoSegments = SegmentedGcm.HEADER_LENGTH + 2 * (SEGMENT + SegmentedGcm.TAG_LENGTH);
    assertThrows(
        TamperedContentException.class, () -> decrypt(Arrays.copyOf(sealed, twoSegments), key));
    assertThrows(
        TamperedContentException.class,
        () -> decrypt(Arrays.copyOf(sealed, SegmentedGcm.HEADER_LENGTH), key));
  }

  @Test
  void appendedOrReorderedSegmentsAreDetected() throws IOException {
    byte[] sealed = SegmentedGcm.encrypt(random(2 * SEGMENT), key, SEGMENT);
    byte[] longer = Arrays.copyOf(sealed, sealed.length + 20);
    assertThrows(TamperedContentException.class, () -> decrypt(longer, key));

    int header = SegmentedGcm.HEADER_LENGTH;
    int segment = SEGMENT + SegmentedGcm.TAG_LENGTH;
    byte[] swapped = sealed.clone();
    System.arraycopy(sealed, header, swapped, header + segment, segment);
    System.arraycopy(sealed, header + segment, swapped, header, segment);
    assertThrows(TamperedContentException.class, () -> decrypt(swapped, key));
  }

  @Test
  void anotherKeyOpensNothing() throws IOException {
    byte[] sealed = SegmentedGcm.encrypt(random(100), key, SEGMENT);
    assertThrows(TamperedContentException.class, () -> decrypt(sealed, KeyWrap.newDataKey()));
  }

  @Test
  void noPlaintextOfATamperedSegmentIsReleased() throws IOException {
    byte[] plaintext = random(3 * SEGMENT);
    byte[] sealed = SegmentedGcm.encrypt(plaintext, key, SEGMENT);
    sealed[SegmentedGcm.HEADER_LENGTH + SEGMENT + SegmentedGcm.TAG_LENGTH + 3] ^= 0x40;
    ByteArrayOutputStream released = new ByteArrayOutputStream();
    try (InputStream in = SegmentedGcm.decrypting(new ByteArrayInputStream(sealed), key)) {
      byte[] buffer = new byte[7];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        released.write(buffer, 0, n);
      }
    } catch (TamperedContentException expected) {
      // the second segment fails
    }
    assertArrayEquals(Arrays.copyOf(plaintext, SEGMENT), released.toByteArray());
  }

  @Test
  void aFileThatIsNotInTheFormatIsRefused() {
    byte[] other = "%PDF-1.7 plain".getBytes(StandardCharsets.US_ASCII);
    assertThrows(TamperedContentException.class, () -> decrypt(other, key));
  }

  @Test
  void largeFilesStreamWithTheDefaultSegmentSize() throws IOException {
    byte[] plaintext = random(SegmentedGcm.DEFAULT_SEGMENT_SIZE * 3 + 123);
    byte[] sealed = SegmentedGcm.encrypt(plaintext, key, SegmentedGcm.DEFAULT_SEGMENT_SIZE);
    assertArrayEquals(plaintext, decrypt(sealed, key));
  }

  static byte[] decrypt(byte[] sealed, SecretKey key) throws IOException {
    try (InputStream in = SegmentedGcm.decrypting(new ByteArrayInputStream(sealed), key)) {
      return in.readAllBytes();
    }
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
