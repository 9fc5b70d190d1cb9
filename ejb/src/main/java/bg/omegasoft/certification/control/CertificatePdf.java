package bg.omegasoft.certification.control;

import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.certification.entity.CertificateStatus;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The certificate as an A4 (landscape) PDF in Bulgarian or English: holder, programme, level,
 * version, date, number, issuer, and a QR code with the link to the public check. The font
 * (Liberation Sans, shipped inside OpenPDF) is embedded, so Cyrillic shows everywhere.
 */
public class CertificatePdf {

  static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Color BRAND = new Color(0x1f, 0x4e, 0x79);
  private static final Color ACCENT = new Color(0xe8, 0xa3, 0x3d);

  private final Locale locale;
  private final ResourceBundle texts;
  private final BaseFont base;

  /** A renderer in Bulgarian, or English when the language is "en". */
  public CertificatePdf(String language) {
    this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("bg");
    this.texts =
        ResourceBundle.getBundle(
            "bg.omegasoft.certification.control.certificate-pdf",
            "en".equals(language) ? Locale.ENGLISH : Locale.ROOT,
            CertificatePdf.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.base = font();
  }

  /** The PDF; {@code verificationUrl} is what the QR code opens. */
  public byte[] render(Certificate certificate, String verificationUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Rectangle page = PageSize.A4.rotate();
    Document document = new Document(page, 60, 60, 50, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(text("title") + " " + certificate.getNumber());
      document.addCreator(certificate.getIssuerName());
      document.open();
      frame(writer.getDirectContentUnder(), page);
      center(document, text("title"), new Font(base, 34, Font.BOLD, BRAND), 12);
      center(document, text("certifies"), new Font(base, 13), 10);
      center(document, certificate.getHolderName(), new Font(base, 28, Font.BOLD), 10);
      center(document, text("completed"), new Font(base, 13), 6);
      center(
          document,
          "„" + certificate.getProgrammeTitle() + "“",
          new Font(base, 20, Font.BOLD, BRAND),
          6);
      center(
          document,
          text(
              "details",
              text("level." + certificate.getLevel().name()),
              certificate.getVersionNumber(),
              certificate.getScorePercent().stripTrailingZeros().toPlainString()),
          new Font(base, 12),
          18);
      if (certificate.getStatus() != CertificateStatus.VALID) {
        center(document, text("notValid"), new Font(base, 16, Font.BOLD, Color.RED), 8);
      }
      document.add(footer(certificate, verificationUrl));
      document.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("The certificate PDF could not be made", e);
    }
    return out.toByteArray();
  }

  private PdfPTable footer(Certificate certificate, String url)
      throws DocumentException, IOException {
    PdfPTable table = new PdfPTable(new float[] {5, 2});
    table.setWidthPercentage(100);
    PdfPCell facts = new PdfPCell();
    facts.setBorder(Rectangle.NO_BORDER);
    Font normal = new Font(base, 11);
    Font small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
    facts.addElement(
        new Paragraph(text("number", certificate.getNumber()), new Font(base, 11, Font.BOLD)));
    facts.addElement(
        new Paragraph(
            text(
                "issuedOn",
                DateTimeFormatter.ofPattern(
                        "en".equals(locale.getLanguage()) ? "d MMMM yyyy" : "dd.MM.yyyy", locale)
                    .format(certificate.getIssuedOn())),
            normal));
    facts.addElement(
        new Paragraph(
            text("issuer", certificate.getIssuerName(), certificate.getIssuerUic()), normal));
    facts.addElement(Chunk.NEWLINE);
    facts.addElement(new Paragraph(text("verify"), small));
    facts.addElement(new Paragraph(url, small));
    facts.addElement(new Paragraph(text("code", certificate.getCode()), small));
    table.addCell(facts);
    Image qr = Image.getInstance(QrCodes.png(url, 300));
    qr.scaleAbsolute(110, 110);
    PdfPCell code = new PdfPCell(qr, false);
    code.setBorder(Rectangle.NO_BORDER);
    code.setHorizontalAlignment(Element.ALIGN_RIGHT);
    code.setVerticalAlignment(Element.ALIGN_BOTTOM);
    table.addCell(code);
    return table;
  }

  private static void frame(PdfContentByte canvas, Rectangle page) {
    canvas.setColorStroke(BRAND);
    canvas.setLineWidth(4);
    canvas.rectangle(20, 20, page.getWidth() - 40, page.getHeight() - 40);
    canvas.stroke();
    canvas.setColorStroke(ACCENT);
    canvas.setLineWidth(1.5f);
    canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
    canvas.stroke();
  }

  private static void center(Document document, String content, Font font, float after)
      throws DocumentException {
    Paragraph paragraph = new Paragraph(content, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(after);
    document.add(paragraph);
  }

  private String text(String key, Object... arguments) {
    String pattern = texts.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private static BaseFont font() {
    try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The font " + FONT + " is not on the class path");
      }
      return BaseFont.createFont(
          "LiberationSans-Regular.ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}
