package bg.omegasoft.certification.control;

import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.certification.entity.CertificateStatus;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.PdfDocument;
import bg.omegasoft.shared.entity.Letterhead;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Locale;

/**
 * The certificate as an A4 (landscape) PDF in Bulgarian or English: holder, programme, level,
 * version, date, number, issuer, and a QR code with the link to the public check. A layout on the
 * document kit, in a double frame instead of a letterhead.
 */
public final class CertificatePdf {

  private static final Color ACCENT = new Color(0xe8, 0xa3, 0x3d);

  private CertificatePdf() {}

  /** The PDF in Bulgarian, or English when the language is "en"; the QR code opens the link. */
  public static byte[] render(Certificate certificate, String language, String verificationUrl) {
    Locale locale = "en".equals(language) ? Formatter.ENGLISH : Formatter.BULGARIAN;
    PdfDocument.Texts t =
        PdfDocument.texts("bg.omegasoft.certification.control.certificate-pdf", locale);
    PdfDocument pdf =
        PdfDocument.a4Landscape(
            locale,
            t.get("title") + " " + certificate.getNumber(),
            Letterhead.of(certificate.getIssuerName(), certificate.getIssuerUic()));
    frame(pdf.under(), pdf.page());
    pdf.centered(t.get("title"), pdf.font(34, Font.BOLD, PdfDocument.BRAND), 12)
        .centered(t.get("certifies"), pdf.font(13, Font.NORMAL, null), 10)
        .centered(certificate.getHolderName(), pdf.font(28, Font.BOLD, null), 10)
        .centered(t.get("completed"), pdf.font(13, Font.NORMAL, null), 6)
        .centered(
            "„" + certificate.getProgrammeTitle() + "“",
            pdf.font(20, Font.BOLD, PdfDocument.BRAND),
            6)
        .centered(
            t.get(
                "details",
                t.get("level." + certificate.getLevel().name()),
                pdf.number(certificate.getVersionNumber()),
                pdf.percent(certificate.getScorePercent())),
            pdf.font(12, Font.NORMAL, null),
            18);
    if (certificate.getStatus() != CertificateStatus.VALID) {
      pdf.centered(t.get("notValid"), pdf.font(16, Font.BOLD, Color.RED), 8);
    }
    Font normal = pdf.font(11, Font.NORMAL, null);
    Font small = pdf.font(9, Font.NORMAL, Color.DARK_GRAY);
    return pdf.add(
            pdf.table(5, 2)
                .right(1)
                .paragraphs(
                    new Paragraph(
                        t.get("number", certificate.getNumber()), pdf.font(11, Font.BOLD, null)),
                    new Paragraph(t.get("issuedOn", pdf.date(certificate.getIssuedOn())), normal),
                    new Paragraph(
                        t.get("issuer", certificate.getIssuerName(), certificate.getIssuerUic()),
                        normal),
                    new Paragraph(Chunk.NEWLINE),
                    new Paragraph(t.get("verify"), small),
                    new Paragraph(verificationUrl, small),
                    new Paragraph(t.get("code", certificate.getCode()), small))
                .image(pdf.qr(verificationUrl, 110)))
        .bytes();
  }

  private static void frame(PdfContentByte canvas, Rectangle page) {
    canvas.setColorStroke(PdfDocument.BRAND);
    canvas.setLineWidth(4);
    canvas.rectangle(20, 20, page.getWidth() - 40, page.getHeight() - 40);
    canvas.stroke();
    canvas.setColorStroke(ACCENT);
    canvas.setLineWidth(1.5f);
    canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
    canvas.stroke();
  }
}
