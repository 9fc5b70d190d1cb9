package bg.omegasoft.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** QR codes read back as their link. */
class QrCodesTest {

  @Test
  void theQrCodeReadsBackAsTheLink() throws Exception {
    String url = "https://portal.omegasoft.bg/public/certificate.xhtml?code=ABCDEFGHIJKLMNOPQRST";
    var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, 300)));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    assertEquals(url, new QRCodeReader().decode(bitmap).getText());
    assertTrue(image.getWidth() >= 300);
  }
}
