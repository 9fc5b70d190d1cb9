package bg.omegasoft.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Verification codes are random and well formed; QR codes read back as their link. */
class CertificatePdfTest {

  @Test
  void codesHaveAHundredBitsAndNeverRepeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCodes.next();
      assertEquals(20, code.length());
      assertEquals(code, VerificationCodes.normalise(code));
      codes.add(code);
    }
    assertEquals(10_000, codes.size());
    assertNotEquals(VerificationCodes.next(), VerificationCodes.next());
  }

  @Test
  void typedCodesAreNormalisedAndNonsenseIsNoCode() {
    assertEquals("ABCDEFGHIJKLMNOPQRST", VerificationCodes.normalise("abcd-efgh ijkl-mnop-qrst"));
    assertNull(VerificationCodes.normalise("ABC"));
    assertNull(VerificationCodes.normalise("ABCDEFGHIJKLMNOPQRS1"), "1 is not base32");
    assertNull(VerificationCodes.normalise("' or 1=1 --"));
    assertNull(VerificationCodes.normalise(null));
  }

  @Test
  void theQrCodeReadsBackAsTheLink() throws Exception {
    String url = "https://portal.omegasoft.bg/public/certificate.xhtml?code=ABCDEFGHIJKLMNOPQRST";
    var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, 300)));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    assertEquals(url, new QRCodeReader().decode(bitmap).getText());
    assertTrue(image.getWidth() >= 300);
  }
}
