package bg.omegasoft.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question's picture is taken by what its bytes are, never by the type it declares. */
class QuestionImageTest {

  static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);
  static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F');
  static final byte[] GIF = ascii("GIF89a\u0001\u0000\u0001\u0000");
  static final byte[] WEBP = ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ");
  static final byte[] SVG = ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>");
  static final byte[] HTML = ascii("<!DOCTYPE html><script>alert(1)</script>");

  @Test
  void theTypeIsReadFromTheBytes() {
    assertEquals(Optional.of("image/png"), QuestionImage.typeOf(PNG));
    assertEquals(Optional.of("image/jpeg"), QuestionImage.typeOf(JPEG));
    assertEquals(Optional.of("image/gif"), QuestionImage.typeOf(GIF));
    assertEquals(Optional.of("image/gif"), QuestionImage.typeOf(ascii("GIF87a....")));
    assertEquals(Optional.of("image/webp"), QuestionImage.typeOf(WEBP));
    assertEquals(Optional.empty(), QuestionImage.typeOf(SVG));
    assertEquals(Optional.empty(), QuestionImage.typeOf(HTML));
    assertEquals(Optional.empty(), QuestionImage.typeOf(ascii("RIFF\u0024\u0000\u0000\u0000WAVE")));
    assertEquals(Optional.empty(), QuestionImage.typeOf(Arrays.copyOf(PNG, 5)), "cut short");
    assertEquals(Optional.empty(), QuestionImage.typeOf(new byte[0]));
  }

  @Test
  void aPictureIsStoredWithTheTypeItsBytesHave() {
    assertEquals("image/png", new QuestionImage("image/png", PNG).getContentType());
    assertEquals("image/jpeg", new QuestionImage("image/jpeg", JPEG).getContentType());
    assertEquals("image/jpeg", new QuestionImage("IMAGE/JPG", JPEG).getContentType(), "alias");
    assertEquals("image/gif", new QuestionImage(null, GIF).getContentType(), "none declared");
    assertEquals("image/webp", new QuestionImage("image/webp", WEBP).getContentType());
    assertTrue(new QuestionImage("image/png", PNG).isGenuine());
  }

  @Test
  void bytesThatAreNotThePictureTheyClaimToBeAreRefused() {
    assertEquals("question.imageType", refusal("image/png", HTML));
    assertEquals("question.imageType", refusal("image/svg+xml", SVG));
    assertEquals("question.imageType", refusal(null, SVG));
    assertEquals("question.imageMismatch", refusal("image/png", JPEG));
    assertEquals("question.imageMismatch", refusal("image/webp", GIF));
    assertEquals("question.imageMismatch", refusal("application/octet-stream", PNG));
    assertEquals("question.imageEmpty", refusal("image/png", new byte[0]));
    assertThrows(
        ImageTooLargeException.class,
        () -> new QuestionImage("image/png", Arrays.copyOf(PNG, QuestionImage.MAX_BYTES + 1)));
  }

  @Test
  void aPictureStoredUncheckedIsNotGenuineAndNamedAsItsType() throws Exception {
    QuestionImage stored = new QuestionImage("image/png", PNG);
    var data = QuestionImage.class.getDeclaredField("data");
    data.setAccessible(true);
    data.set(stored, HTML);
    assertFalse(stored.isGenuine());
    assertTrue(stored.fileName().endsWith(".png"), stored.fileName());
  }

  private static String refusal(String type, byte[] data) {
    return assertThrows(InvalidInputException.class, () -> new QuestionImage(type, data))
        .messageKey();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
