package bg.omegasoft.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.organisation.entity.Organisation;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The certificate in both languages: its Cyrillic text reads back and its QR code opens the check.
 */
class CertificatePdfTest {

  private static final String URL =
      "https://portal.omegasoft.bg/public/certificate.xhtml?code=ABCDEFGHIJKLMNOPQRST";

  static Certificate certificate() {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    Programme programme =
        Programme.individual(
            new Product("PAYROLL", "Омекс ТРЗ", 1),
            Level.ADVANCED,
            new Client("Деметра Агро ЕООД", "201234563", now),
            "ТРЗ за сезонна заетост",
            "t",
            now);
    ProgrammeVersion version = programme.latest();
    version.addModule("Сезонни работници", null, new BigDecimal("12"), null).addLesson("Договори");
    programme.publishDraft(Publication.firstEdition(LocalDate.of(2026, 11, 20)), "t", now);
    Organisation issuer = new Organisation();
    issuer.setName("ОмегаСофт ООД");
    issuer.setUic("131578107");
    Certificate certificate =
        Certificate.issue(
            new User("maria", "Мария Георгиева", null, "x", now),
            version,
            7L,
            new BigDecimal("87.50"),
            issuer,
            "ABCDEFGHIJKLMNOPQRST",
            now);
    certificate.numberFrom(123);
    return certificate;
  }

  @Test
  void theBulgarianCertificateReadsBackWithItsQrCode() throws Exception {
    try (PDDocument document = Loader.loadPDF(CertificatePdf.render(certificate(), "bg", URL))) {
      String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
      for (String expected :
          new String[] {
            "СЕРТИФИКАТ",
            "Мария Георгиева",
            "„ТРЗ за сезонна заетост“",
            "резултат от финалния тест: 87,5 %",
            "Сертификат № OMX-2026-000123",
            "Дата на издаване: 20.11.2026",
            "Издател: ОмегаСофт ООД, ЕИК 131578107",
            "Код за проверка: ABCDEFGHIJKLMNOPQRST"
          }) {
        assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
      }
      assertEquals(URL, qrCodeOf(document.getPage(0)));
      assertEquals("ОмегаСофт ООД", document.getDocumentInformation().getAuthor());
    }
  }

  @Test
  void theEnglishCertificate() throws Exception {
    try (PDDocument document = Loader.loadPDF(CertificatePdf.render(certificate(), "en", URL))) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("CERTIFICATE"), text);
      assertTrue(text.contains("final test score: 87.5%"), text);
      assertTrue(text.contains("Date of issue: 20 Nov 2026"), text);
    }
  }

  private static String qrCodeOf(PDPage page) throws Exception {
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
        return new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage()))))
            .getText();
      }
    }
    throw new AssertionError("no QR code on the certificate");
  }
}
